import type { BudgetBurn } from '../../contracts/campaign-panel';
import { CostCategory, type CampaignPlan, type IsoDate } from '../model';
import { channelActuals, spendByCategory, spendByDay } from '../kpi/channel-spend';
import type { SpendPoint } from '../kpi/points';
import { burnSeries } from './burn-series';
import { groupBy } from './group-by';
import { round2, type CampaignIssue } from './issue-costs';

/** Below this share of the budget earned, CPI swings too much to forecast from. */
export const MIN_EARNED_SHARE_TO_FORECAST = 0.1;
export const ALERT_THRESHOLDS = { budget_80: 0.8, budget_100: 1 } as const;

export interface EarnedValue {
  forecastAtCompletion: number | null;
  forecastNote: BudgetBurn['forecastNote'];
  cpi: number | null;
}

/** CPI = EV / AC and EAC = AC + (BAC − EV) / CPI, or why there is too little data for them. */
export function earnedValueForecast(budget: number, earned: number, actual: number): EarnedValue {
  const cpi = actual > 0 ? earned / actual : null;
  if (actual === 0) return { cpi, forecastAtCompletion: null, forecastNote: 'no_spend_yet' };
  if (earned === 0) return { cpi, forecastAtCompletion: null, forecastNote: 'no_completed_work' };
  if (earned < MIN_EARNED_SHARE_TO_FORECAST * budget) return { cpi, forecastAtCompletion: null, forecastNote: 'too_little_data' };
  return { cpi, forecastAtCompletion: round2(actual + (budget - earned) / (earned / actual)), forecastNote: 'ok' };
}

const CATEGORY_ORDER: readonly string[] = [...CostCategory.options, 'uncategorized'];

export interface BurnInput {
  plan: CampaignPlan;
  items: readonly CampaignIssue[];
  today: IsoDate;
  /**
   * Spend imported per channel (CSV channel reports). It is the actual of its cost category: the issues' own
   * actual costs in a category it covers are reported as superseded, never added on top.
   */
  channelSpend?: readonly SpendPoint[];
}

/** Budget burn of a campaign: totals, earned value and its forecast, alerts, the cumulative chart, and breakdowns. */
export function budgetBurn({ plan, items: allItems, today, channelSpend }: BurnInput): BudgetBurn {
  const budget = plan.budget.amount;
  const channels = channelActuals(channelSpend ?? []);
  const covered = spendByCategory(channels);
  const superseded = round2(allItems.reduce((s, i) => s + (covered.has(i.category) ? i.actual : 0), 0));
  const items = covered.size === 0 ? allItems : allItems.map((i) => (covered.has(i.category) ? { ...i, actual: 0 } : i));
  const sum = (pick: (i: CampaignIssue) => number, list: readonly CampaignIssue[] = items): number =>
    round2(list.reduce((s, i) => s + pick(i), 0));
  const importedSpend = round2(channels.reduce((s, c) => s + c.actual, 0));
  const actual = round2(sum((i) => i.actual) + importedSpend);
  const committed = sum((i) => i.committed);
  const totalPlanned = sum((i) => i.planned);
  const earnedValue = sum((i) => (i.done ? i.planned : 0));
  const ev = earnedValueForecast(budget, earnedValue, actual);
  // Spending anything against a zero budget is over it.
  const percentSpent = budget > 0 ? actual / budget : actual > 0 ? 1 : 0;
  const overAlert = (threshold: number): boolean => (budget > 0 ? actual >= threshold * budget : actual > 0);

  const grouped = groupBy(items, (i) => i.category);
  for (const category of covered.keys())
    if (!grouped.has(category as CampaignIssue['category'])) grouped.set(category as CampaignIssue['category'], []);
  const byCategory = [...grouped]
    .map(([category, list]) => ({
      category,
      planned: sum((i) => i.planned, list),
      committed: sum((i) => i.committed, list),
      actual: round2(sum((i) => i.actual, list) + (covered.get(category) ?? 0)),
    }))
    .filter((c) => c.planned + c.committed + c.actual > 0)
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));

  const milestones = items
    .filter((i) => i.issue.kind === 'milestone')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const ofMilestone = groupBy(items, (i) => i.milestoneKey);
  const byMilestone = milestones.map((m) => {
    const list = ofMilestone.get(m.issue.key) ?? [];
    return { milestoneKey: m.issue.key, name: m.issue.summary, planned: sum((i) => i.planned, list), actual: sum((i) => i.actual, list) };
  });

  return {
    currency: plan.budget.currency,
    planned: budget,
    committed,
    actual,
    remaining: round2(budget - actual),
    earnedValue,
    cpi: ev.cpi,
    forecastAtCompletion: ev.forecastAtCompletion,
    forecastNote: ev.forecastNote,
    percentComplete: totalPlanned > 0 ? earnedValue / totalPlanned : 0,
    percentSpent,
    alerts: (['budget_80', 'budget_100'] as const).filter((a) => overAlert(ALERT_THRESHOLDS[a])),
    series: burnSeries({
      items,
      today,
      calendar: plan.holidayCalendar,
      launchDate: plan.launchDate,
      actual,
      forecastAtCompletion: ev.forecastAtCompletion,
      extraActual: spendByDay(channelSpend ?? []),
    }),
    byCategory,
    // The lines do not add up to the budget: what is left over is shown as its own line, not lost from sight.
    ...(round2(budget - totalPlanned) >= 0.01 ? { unallocated: round2(budget - totalPlanned) } : {}),
    byMilestone,
    ...(channelSpend !== undefined ? { byChannel: channels, issueActualSuperseded: superseded } : {}),
  };
}
