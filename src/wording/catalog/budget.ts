import { NNBSP } from '../typography';

/**
 * Spending against the work done: the cost performance index (CPI = earned value ÷ actual cost) in words. Within
 * ±5 % of 1 reads as in step (the usual "on budget" band of earned value management).
 */
const paceOf = (cpi: number): 'faster' | 'slower' | 'inStep' => (cpi < 0.95 ? 'faster' : cpi > 1.05 ? 'slower' : 'inStep');

/** Budget burn labels, the same in the issue panel and the status report (no EVM jargon outside the tooltips). */
export const en = {
  budget: 'Budget burn',
  planned: 'Planned budget',
  committed: 'Committed',
  actual: 'Actual spend',
  remaining: 'Remaining',
  forecast: 'Expected final cost',
  seriesPlanned: 'Planned',
  seriesActual: 'Actual',
  seriesForecast: 'Forecast',
  date: 'Date',
  byCategory: 'Spend by category',
  byMilestone: 'Spend by milestone',
  category: 'Category',
  milestone: 'Milestone',
  unallocated: 'Unallocated / contingency',
  spendPace: (cpi: number): string =>
    ({
      faster: 'Spending faster than the work is progressing',
      slower: 'Spending slower than the work is progressing',
      inStep: 'Spending in step with the work',
    })[paceOf(cpi)],
  /** The tooltip (and the report's note) of the expected final cost: how it is computed, with the precise terms. */
  finalCostTip: (cpi: string, earnedValue: string): string =>
    `Projected at today’s spending pace: spent so far, plus the work left at its planned cost divided by the cost performance index ` +
    `(EAC = AC + (BAC − EV) / CPI). Earned value (work done, at its planned cost): ${earnedValue}; CPI: ${cpi}.`,
  /** The legend of the budget bar: its two stripes. */
  barSpent: (spent: string): string => `Spent: ${spent} of the budget`,
  barWork: (done: string): string => `Work done: ${done}`,
};

export const fr: typeof en = {
  budget: 'Consommation du budget',
  planned: 'Budget prévu',
  committed: 'Engagé',
  actual: 'Dépensé',
  remaining: 'Restant',
  forecast: 'Coût final estimé',
  seriesPlanned: 'Prévu',
  seriesActual: 'Réel',
  seriesForecast: 'Prévision',
  date: 'Date',
  byCategory: 'Dépenses par catégorie',
  byMilestone: 'Dépenses par jalon',
  category: 'Catégorie',
  milestone: 'Jalon',
  unallocated: 'Non affecté / réserve',
  spendPace: (cpi) =>
    ({
      faster: 'Les dépenses vont plus vite que le travail',
      slower: 'Les dépenses vont moins vite que le travail',
      inStep: 'Les dépenses suivent le rythme du travail',
    })[paceOf(cpi)],
  finalCostTip: (cpi, earnedValue) =>
    `Projection au rythme de dépense actuel${NNBSP}: le dépensé, plus le travail restant à son coût prévu divisé par l’indice de performance des coûts ` +
    `(EAC = AC + (BAC − EV) / CPI). Valeur acquise (travail fait, à son coût prévu)${NNBSP}: ${earnedValue}${NNBSP}; CPI${NNBSP}: ${cpi}.`,
  barSpent: (spent) => `Dépensé${NNBSP}: ${spent} du budget`,
  barWork: (done) => `Travail fait${NNBSP}: ${done}`,
};
