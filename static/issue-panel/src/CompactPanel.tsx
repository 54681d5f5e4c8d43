import { Facts } from '../../kit/Facts';
import { CampaignHeader } from './CampaignHeader';
import type { Formatters } from './format';
import { HealthSection } from './HealthSection';
import type { Strings } from './i18n';
import { MilestoneCard } from './MilestoneCard';
import { ForecastStatus } from './ForecastStatus';
import { Section } from './Section';
import { GateList, gatesToShow } from './SignOffSection';
import type { CampaignPanel, MilestoneRisk } from './types';
import { useSignOffApi } from './useSignOff';

/** This issue's milestone: named by the resolver, else the issue itself or the milestone its gate guards. */
export function ownMilestone(panel: CampaignPanel): MilestoneRisk | undefined {
  const key = panel.ownMilestoneKey ?? panel.ownGate?.milestoneKey ?? panel.issueKey;
  return panel.milestones.find((m) => m.key === key) ?? (panel.milestones.length === 1 ? panel.milestones[0] : undefined);
}

/** On any other issue of a campaign: the campaign's health and budget line, this issue's milestone and its gate. */
export function CompactPanel({ t, f, panel }: { t: Strings; f: Formatters; panel: CampaignPanel }) {
  const b = panel.budget;
  const milestone = ownMilestone(panel);
  const gates = gatesToShow(panel.ownGate ? [panel.ownGate] : [], useSignOffApi());
  return (
    <>
      <CampaignHeader t={t} f={f} panel={panel} />
      <HealthSection t={t} f={f} health={panel.health} />
      <Section id="budget" title={t.budget}>
        <Facts
          className="budget-line"
          facts={[
            {
              term: t.actual,
              value: `${f.money(b.actual)} / ${f.money(b.planned)} (${f.percent(b.percentSpent)})`,
              className: b.alerts.includes('budget_100') ? 'text-danger' : b.alerts.includes('budget_80') ? 'text-warning' : undefined,
            },
            { term: t.remaining, value: f.money(b.remaining) },
            { term: t.forecast, value: b.forecastAtCompletion === null ? '—' : f.money(b.forecastAtCompletion) },
          ]}
        />
        {b.forecastNote !== 'ok' && <p className="note">{t.forecastNote[b.forecastNote]}</p>}
      </Section>
      <Section id="milestone" title={t.thisMilestone}>
        {milestone ? (
          <>
            {milestone.status === 'open' && <ForecastStatus lang={t.lang} f={f} state={panel.forecast} />}
            <ul className="milestones">
              <MilestoneCard t={t} f={f} m={milestone} />
            </ul>
          </>
        ) : (
          <p className="muted">{t.noOwnMilestone}</p>
        )}
      </Section>
      <Section id="gate" title={t.thisGate}>
        {gates.length > 0 ? <GateList t={t} f={f} gates={gates} /> : <p className="muted">{t.noOwnGate}</p>}
      </Section>
    </>
  );
}
