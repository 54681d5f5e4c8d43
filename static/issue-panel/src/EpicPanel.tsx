import { BudgetSection } from './BudgetSection';
import { CampaignHeader } from './CampaignHeader';
import { CriticalPath } from './CriticalPath';
import type { Formatters } from './format';
import { HealthSection } from './HealthSection';
import type { Strings } from './i18n';
import { KpiSection } from './KpiSection';
import { MilestoneSection } from './MilestoneSection';
import { RiskSection } from './RiskSection';
import { SignOffSection } from './SignOffSection';
import type { CampaignPanel } from './types';

/** The whole campaign, on its epic: health, budget burn, deadline risk, sign-offs and KPIs. */
export function EpicPanel({ t, f, panel, onReload }: { t: Strings; f: Formatters; panel: CampaignPanel; onReload?: () => void }) {
  return (
    <>
      <CampaignHeader t={t} f={f} panel={panel} />
      <HealthSection t={t} f={f} health={panel.health} />
      <BudgetSection t={t} f={f} budget={panel.budget} />
      <MilestoneSection t={t} f={f} milestones={panel.milestones} forecast={panel.forecast} />
      <CriticalPath lang={t.lang} steps={panel.criticalPath ?? []} />
      <RiskSection lang={t.lang} f={f} panel={panel} onChanged={onReload} />
      <SignOffSection t={t} f={f} gates={panel.gates} />
      <KpiSection t={t} f={f} kpis={panel.kpis} epicKey={panel.campaign.epicKey} budget={panel.budget} onChanged={onReload} />
    </>
  );
}
