import type { CampaignTemplate, Language, Money, PlanKpi, PlanWarning } from '../model';
import { DomainError } from '../errors';
import { mustAt } from '../invariant';
import { message } from '../../wording/messages';
import { minorUnitDigits, roundToMinorUnit } from '../../wording/format';
import * as money from '../../wording/catalog/money';
import { scalesWithSpend } from '../kpi/aggregation';
import { scaleCosts, sumMoney } from './costs';

/**
 * The largest budget a campaign may have, in its currency's units: far above any campaign, and small enough that
 * every amount in minor units (cents) stays exact in a float, so no budget prints with float noise.
 */
export const MAX_BUDGET_AMOUNT = 1_000_000_000_000;

/**
 * The PM's budget as the plan keeps it: in the PM's currency, rounded to that currency's minor unit. A budget above
 * `MAX_BUDGET_AMOUNT` is refused, naming `field` (`budget.amount`).
 */
export function checkedBudget(budget: Money, field = 'budget.amount'): Money {
  if (budget.amount > MAX_BUDGET_AMOUNT) {
    throw new DomainError(
      'INVALID_INPUT',
      message({ key: 'errors.budgetTooLarge', params: { field, max: MAX_BUDGET_AMOUNT, currency: budget.currency } }),
      field,
    );
  }
  return { amount: roundToMinorUnit(budget.amount, budget.currency), currency: budget.currency };
}

/**
 * What the template's cost lines and spend-driven KPI targets are shares of: its reference budget, or (a template
 * without one) the total of its cost lines. 0 when there is nothing to share.
 */
export function shareBasis(template: CampaignTemplate): { basis: number; fromCosts: boolean } {
  if (template.referenceBudget.amount > 0) return { basis: template.referenceBudget.amount, fromCosts: false };
  const costs = template.tasks.reduce((s, t) => s + (t.plannedCost?.amount ?? 0), 0);
  return { basis: costs, fromCosts: costs > 0 };
}

/**
 * The template's task costs as shares of its basis, applied to the PM's budget in the PM's currency (never its
 * amounts relabelled in another currency), rounded to the currency's minor unit, by task id; and the remarks.
 */
export function planCosts(
  template: CampaignTemplate,
  budget: Money,
  language: Language,
): { costOf: Map<string, number>; warnings: PlanWarning[] } {
  const words = money[language];
  const warnings: PlanWarning[] = [];
  const costed = template.tasks.filter((t) => t.plannedCost);
  const { basis, fromCosts } = shareBasis(template);
  if (budget.amount === 0) warnings.push({ kind: 'budget', field: 'budget.amount', message: words.budgetZero });
  if (fromCosts) warnings.push({ kind: 'budget', field: 'budget', message: words.noReferenceBudget });
  const factor = basis > 0 ? budget.amount / basis : 0;
  const scaled = scaleCosts(
    costed.map((t) => t.plannedCost?.amount ?? 0),
    factor,
    minorUnitDigits(budget.currency),
  );
  const costOf = new Map(costed.map((t, i) => [t.id, mustAt(scaled, i, 'scaled cost')]));
  const plannedTotal = sumMoney(scaled, minorUnitDigits(budget.currency));
  if (plannedTotal > budget.amount) {
    const params = { planned: plannedTotal, budget: budget.amount, currency: budget.currency };
    warnings.push({ kind: 'budget', field: 'budget.amount', message: words.costsOverBudget(params) });
  }
  return { costOf, warnings };
}

/**
 * A KPI target for the PM's budget: a total that grows with spend (revenue, pipeline, leads, orders, sign-ups)
 * scales with the budget as the costs do (a count to a whole number, money to the minor unit); a ratio, a rate, an
 * average or a level (ROAS, open rate, CTR, average order value, cost per lead) stays as the template sets it.
 */
export function scaledTarget(kpi: PlanKpi, template: CampaignTemplate, budget: Money): number {
  const { basis } = shareBasis(template);
  if (!scalesWithSpend(kpi) || basis === 0) return kpi.target;
  const target = (kpi.target * budget.amount) / basis;
  return kpi.unit === 'currency' ? roundToMinorUnit(target, budget.currency) : Math.round(target);
}
