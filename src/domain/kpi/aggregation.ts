import type { KpiAggregation, KpiUnit } from '../model';

/** What the aggregation of a KPI is inferred from when its template or plan does not say it. */
export interface KpiShape {
  name: string;
  unit: KpiUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  aggregation?: KpiAggregation;
}

/** An average by its name: average order value, "per episode", panier moyen, « par épisode ». */
const AVERAGE = /(\baverage\b|\bavg\b|\baov\b|\bmean\b|\bper\b|\bmoyen(ne)?\b|\bpar\b)/i;

/**
 * How a KPI's points add up over its window: `total` (counts and money that build up: leads, orders, revenue),
 * `average` (a mean of its points: average order value, registrations per episode), `ratio` (a rate or ratio the
 * tool reports to date: ROAS, open rate, CTR; read at its latest point) or `latest` (a level read at its latest
 * point, such as a cost per lead). A KPI that says it is taken at its word; one that does not (older plans, briefs,
 * copied templates) is inferred from its unit, direction and name.
 */
export function aggregationOf(kpi: KpiShape): KpiAggregation {
  if (kpi.aggregation) return kpi.aggregation;
  if (kpi.unit === 'percent' || kpi.unit === 'ratio') return 'ratio';
  if (kpi.direction === 'lower_is_better') return 'latest';
  return AVERAGE.test(kpi.name) ? 'average' : 'total';
}

/** Targets that grow with the money spent (leads, orders, revenue, pipeline) are the totals; rates and averages do not. */
export const scalesWithSpend = (kpi: KpiShape): boolean => aggregationOf(kpi) === 'total';

/** Sums and means of many floats drift in the last digits (0.1 + 0.2); KPI values are shown to at most 6 decimals. */
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The actual of `values` (in time order) as `aggregation` says; null for no value. */
export function aggregate(aggregation: KpiAggregation, values: readonly number[]): number | null {
  const last = values.at(-1);
  if (last === undefined) return null;
  const total = values.reduce((s, v) => s + v, 0);
  if (aggregation === 'total') return round6(total);
  if (aggregation === 'average') return round6(total / values.length);
  return last;
}
