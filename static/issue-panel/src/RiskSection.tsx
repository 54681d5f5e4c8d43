import { Suspense, useState } from 'react';
import { riskWords } from '../../../src/wording/catalog/risks';
import { DataTable } from '../../kit/DataTable';
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
        <DataTable
          className="table table--compact"
          tableProps={{ 'data-testid': 'top-risks' }}
          caption={w.intro}
          captionClassName="small muted"
          rows={top}
          rowKey={(r) => r.riskId}
          columns={[
            {
              key: 'risk',
              header: w.risk,
              rowHeader: true,
              cell: (r) => (
                <>
                  {r.title}
                  {r.mitigation && <span className="cell-note muted small">{`${w.mitigation} · ${r.mitigation}`}</span>}
                </>
              ),
            },
            { key: 'likelihood', header: w.likelihood, cell: (r) => w.chance(r.probability) },
            { key: 'delay', header: w.launchDelay, cell: (r) => w.delayDays(r.launchDelayDays) },
            { key: 'owner', header: w.owner, cell: (r) => r.ownerName },
          ]}
        />
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
