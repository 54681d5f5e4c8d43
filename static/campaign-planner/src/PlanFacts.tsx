import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PreviewCampaignResult } from './types';

/** The plan at a glance: launch, budget against what the rows plan to spend, issue count and campaign label. */
export function PlanFacts({ t, f, plan }: { t: Strings; f: Formatters; plan: PreviewCampaignResult['plan'] }) {
  const planned = plan.rows.reduce((s, r) => s + (r.plannedCost ?? 0), 0);
  return (
    <dl className="facts">
      <div>
        <dt>{t.summaryLaunch}</dt>
        <dd>{f.date(plan.launchDate)}</dd>
      </div>
      <div>
        <dt>{t.summaryBudget}</dt>
        <dd>{f.money(plan.budget.amount)}</dd>
      </div>
      <div>
        <dt>{t.summaryPlanned}</dt>
        <dd className={planned > plan.budget.amount ? 'text-danger' : undefined}>{f.money(planned)}</dd>
      </div>
      <div>
        <dt>{t.summaryRows}</dt>
        <dd>{plan.rows.length + 1}</dd>
      </div>
      <div>
        <dt>{t.summaryLabel}</dt>
        <dd>
          <code>{plan.campaignLabel}</code>
        </dd>
      </div>
    </dl>
  );
}
