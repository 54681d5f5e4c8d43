import { differenceInCalendarDays } from 'date-fns';
import type { KpiStatus } from '../../contracts/campaign-panel';
import type { IsoDate, PlanKpi } from '../model';
import { toDate } from '../schedule/holidays';
import { aggregationOf } from '../kpi/aggregation';

/**
 * Totals that build up over the window (leads, revenue) are expected to grow linearly from 0 to the target; rates,
 * averages (average order value) and levels (cost per lead) should sit at the target all along.
 */
export const accumulates = (kpi: PlanKpi): boolean => aggregationOf(kpi) === 'total';

/** Where the KPI should be today if on track to its target; null before or after the measurement window. */
export function expectedByNow(kpi: PlanKpi, today: IsoDate): number | null {
  if (today < kpi.windowStart || today > kpi.windowEnd) return null;
  if (!accumulates(kpi)) return kpi.target;
  // Inclusive days: on the window's first day one day's worth is expected, on its last day the whole target.
  const elapsed = differenceInCalendarDays(toDate(today), toDate(kpi.windowStart)) + 1;
  const length = differenceInCalendarDays(toDate(kpi.windowEnd), toDate(kpi.windowStart)) + 1;
  return (kpi.target * elapsed) / length;
}

const atLeastAsGood = (kpi: PlanKpi, actual: number, expected: number): boolean =>
  kpi.direction === 'higher_is_better' ? actual >= expected : actual <= expected;

/**
 * Target, actual (KPI actuals arrive with the KPI tracking issue: until then there are none), expected-by-now and
 * whether the KPI is on pace. After the window, on pace means the target was reached.
 */
export function kpiStatuses(kpis: readonly PlanKpi[], today: IsoDate, actuals: Readonly<Record<string, number>> = {}): KpiStatus[] {
  return kpis.map((kpi) => {
    const actual = actuals[kpi.kpiId] ?? null;
    const expected = expectedByNow(kpi, today);
    const benchmark = expected ?? (today > kpi.windowEnd ? kpi.target : null);
    return {
      kpiId: kpi.kpiId,
      name: kpi.name,
      unit: kpi.unit,
      direction: kpi.direction,
      aggregation: aggregationOf(kpi),
      target: kpi.target,
      actual,
      expectedByNow: expected,
      onPace: actual === null || benchmark === null ? null : atLeastAsGood(kpi, actual, benchmark),
    };
  });
}
