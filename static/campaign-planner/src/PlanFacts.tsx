import { Facts } from '../../kit/Facts';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PreviewCampaignResult } from './types';

/** The plan at a glance: launch, budget against what the rows plan to spend, issue count and campaign label. */
export function PlanFacts({ t, f, plan }: { t: Strings; f: Formatters; plan: PreviewCampaignResult['plan'] }) {
  const planned = plan.rows.reduce((s, r) => s + (r.plannedCost ?? 0), 0);
  return (
    <Facts
      className="facts"
      facts={[
        { term: t.summaryLaunch, value: f.date(plan.launchDate) },
        { term: t.summaryBudget, value: f.money(plan.budget.amount) },
        { term: t.summaryPlanned, value: f.money(planned), className: planned > plan.budget.amount ? 'text-danger' : undefined },
        { term: t.summaryRows, value: plan.rows.length + 1 },
        { term: t.summaryLabel, value: <code>{plan.campaignLabel}</code> },
      ]}
    />
  );
}
