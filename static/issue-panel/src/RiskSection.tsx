import { Suspense, useState } from 'react';
import { riskWords } from '../../../src/wording/catalog/risks';
import type { Formatters } from './format';
import { LazyRiskRegister } from './risk-lazy';
import { Section } from './Section';
import type { CampaignPanel } from './types';

/** The launch, for the risk-adjusted P85: the last milestone (due date order) whose forecast the risks move. */
const adjustedLaunch = (panel: CampaignPanel) => panel.milestones.filter((m) => m.status === 'open' && m.p85 && m.p85WithoutRisks).at(-1);

/**
 * The campaign's risk register on the epic: the open risks that move the forecast most, the risk-adjusted P85 of
 * the launch, and the expected cost of risks beside the contingency. The register itself (and its editor, for the
 * PM and project admins) loads on demand, in its own chunk.
 */
export function RiskSection({
  lang,
  f,
  panel,
  onChanged,
}: {
  lang: 'en' | 'fr';
  f: Formatters;
  panel: CampaignPanel;
  onChanged?: () => void;
}) {
  const w = riskWords(lang);
  const [open, setOpen] = useState(false);
  const count = panel.riskCount;
  const top = panel.topRisks ?? [];
  const launch = adjustedLaunch(panel);
  const { budget } = panel;
  return (
    <Section id="risks" title={w.title}>
      <p className="small muted">{count ? w.openCount(count.open, count.total) : w.emptyRegister}</p>
      {launch?.p85 && launch.p85WithoutRisks && (
        <p data-testid="risk-adjusted-p85">{w.p85Adjusted(launch.name, launch.p85, launch.p85WithoutRisks)}</p>
      )}
      {budget.expectedRiskCost !== undefined && budget.contingency !== undefined && budget.eacWithRisks !== undefined && (
        <p data-testid="risk-expected-cost">
          {w.expectedCost(f.money(budget.expectedRiskCost), f.money(budget.contingency), f.money(budget.eacWithRisks))}
        </p>
      )}
      {count && count.open > 0 && top.length === 0 && <p className="small muted">{w.noneMoving}</p>}
      {top.length > 0 && (
        <table className="table table--compact" data-testid="top-risks">
          <caption className="small muted">{w.intro}</caption>
          <thead>
            <tr>
              <th scope="col">{w.risk}</th>
              <th scope="col">{w.likelihood}</th>
              <th scope="col">{w.launchDelay}</th>
              <th scope="col">{w.owner}</th>
            </tr>
          </thead>
          <tbody>
            {top.map((r) => (
              <tr key={r.riskId}>
                <th scope="row">
                  {r.title}
                  {r.mitigation && <span className="cell-note muted small">{`${w.mitigation} · ${r.mitigation}`}</span>}
                </th>
                <td>{w.chance(r.probability)}</td>
                <td>{w.delayDays(r.launchDelayDays)}</td>
                <td>{r.ownerName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" aria-expanded={open} aria-controls="risk-register" onClick={() => setOpen(!open)}>
        {open ? w.closeRegister : w.openRegister}
      </button>
      {open && (
        <div id="risk-register">
          <Suspense fallback={<p className="muted small">{w.loading}</p>}>
            <LazyRiskRegister lang={lang} f={f} epicKey={panel.campaign.epicKey} onChanged={onChanged} />
          </Suspense>
        </div>
      )}
    </Section>
  );
}
