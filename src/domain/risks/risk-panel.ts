import type { BudgetBurn, TopRisk } from '../../contracts/campaign-panel';
import type { Risk } from '../../contracts/risks';
import type { NetworkForecast } from '../forecast';
import { round2, type CampaignIssue } from '../metrics/issue-costs';
import { expectedRiskCost, isOpen } from './register';

/** The panel shows this many of the risks that move the forecast most. */
export const TOP_RISKS = 5;

/**
 * The open risks that move the forecast most: largest delay of the launch when they happen first (from the Monte
 * Carlo's risk effects), then the largest expected cost, then the likeliest.
 */
export function topRisks(risks: readonly Risk[], effects: NetworkForecast['riskEffects']): TopRisk[] {
  const delay = new Map(effects.map((e) => [e.id, e.launchDelayDays]));
  return risks
    .filter(isOpen)
    .map((r) => ({
      riskId: r.riskId,
      title: r.title,
      probability: r.probability,
      launchDelayDays: Math.max(0, delay.get(r.riskId) ?? 0),
      impactDays: r.impactDays,
      expectedCost: round2(r.probability * (r.impactCost?.amount ?? 0)),
      ownerAccountId: r.ownerAccountId,
      ownerName: r.ownerName,
      mitigation: r.mitigation,
    }))
    .filter((r) => r.launchDelayDays > 0 || r.expectedCost > 0)
    .sort((a, b) => b.launchDelayDays - a.launchDelayDays || b.expectedCost - a.expectedCost || b.probability - a.probability)
    .slice(0, TOP_RISKS);
}

/**
 * The budget with the register's expected cost beside the contingency: contingency = BAC − Σ planned cost of the
 * work; EAC with risks = EAC (or, while EAC has too little data, the planned cost of the work) + expected risk cost.
 */
export function withRiskCost(budget: BudgetBurn, items: readonly Pick<CampaignIssue, 'planned'>[], risks: readonly Risk[]): BudgetBurn {
  if (risks.length === 0) return budget;
  const plannedWork = items.reduce((s, i) => s + i.planned, 0);
  const expected = expectedRiskCost(risks);
  return {
    ...budget,
    expectedRiskCost: expected,
    contingency: round2(budget.planned - plannedWork),
    eacWithRisks: round2((budget.forecastAtCompletion ?? plannedWork) + expected),
  };
}

/** What the panel adds with a risk register (nothing without one): the risks that matter, and how many are open. */
export function registerSummary(
  risks: readonly Risk[],
  effects: NetworkForecast['riskEffects'],
): { topRisks?: TopRisk[]; riskCount?: { total: number; open: number } } {
  if (risks.length === 0) return {};
  return { topRisks: topRisks(risks, effects), riskCount: { total: risks.length, open: risks.filter(isOpen).length } };
}
