import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { Risk, RiskStatus } from '../../contracts/risks';
import { riskWords } from '../../wording/catalog/risks';
import type { SectionContext } from './status-sections';
import { h, statusLozenge, table, type LozengeColour, type Markup } from './storage-markup';

const STATUS_COLOUR: Record<RiskStatus, LozengeColour> = { open: 'Yellow', mitigated: 'Blue', closed: 'Grey', occurred: 'Red' };

/** The launch whose P85 the risks move (the last open milestone with a risk-free P85), as the panel shows it. */
const adjustedLaunch = (panel: CampaignPanel) => panel.milestones.filter((m) => m.status === 'open' && m.p85 && m.p85WithoutRisks).at(-1);

/**
 * The status report's risk register: the risk-adjusted P85 of the launch and the expected cost of risks beside the
 * contingency (the panel's sentences), then every risk with its likelihood, impact, how far it moves the launch
 * when it happens (open risks the forecast drew), owner, mitigation and status.
 */
export function riskSection(c: SectionContext, panel: CampaignPanel, risks: readonly Risk[]): Markup[] {
  const { s, f } = c;
  const w = riskWords(c.lang);
  if (risks.length === 0) return [h('h2', s.riskRegister), h('p', s.riskRegisterEmpty)];
  const delay = new Map((panel.topRisks ?? []).map((r) => [r.riskId, r.launchDelayDays]));
  const launch = adjustedLaunch(panel);
  const { budget } = panel;
  const costs =
    budget.expectedRiskCost !== undefined && budget.contingency !== undefined && budget.eacWithRisks !== undefined
      ? h('p', w.expectedCost(f.money(budget.expectedRiskCost), f.money(budget.contingency), f.money(budget.eacWithRisks)))
      : null;
  return [
    h('h2', s.riskRegister),
    ...(launch?.p85 && launch.p85WithoutRisks ? [h('p', w.p85Adjusted(launch.name, launch.p85, launch.p85WithoutRisks))] : []),
    ...(costs ? [costs] : []),
    table(
      [w.risk, w.likelihood, w.impact, w.launchDelay, w.owner, w.mitigation, w.status],
      risks.map((r) => {
        const moved = delay.get(r.riskId);
        return [
          r.title,
          w.chance(r.probability),
          [w.impactSummary(r.impactDays, r.targets.length), r.impactCost ? ` · ${f.money(r.impactCost.amount)}` : null],
          moved !== undefined && moved > 0 ? w.delayDays(moved) : '—',
          r.ownerName,
          r.mitigation || '—',
          statusLozenge(w.statuses[r.status], STATUS_COLOUR[r.status]),
        ];
      }),
    ),
  ];
}
