import { differenceInCalendarDays } from 'date-fns';
import type { KpiPace } from '../../contracts/campaign-panel';
import type { IsoDate, PlanKpi } from '../model';
import { expectedByNow } from '../metrics/kpi-status';
import { toDate } from '../schedule/holidays';
import { aggregationOf } from './aggregation';

export type { KpiPace };

const days = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(toDate(to), toDate(from));

/** Pace to target of a KPI whose actual is `actual` on `today`. */
export function kpiPace(kpi: PlanKpi, actual: number | null, today: IsoDate): KpiPace {
  const within = today >= kpi.windowStart && today <= kpi.windowEnd;
  const daysLeft = within ? days(today, kpi.windowEnd) : null;
  if (actual === null) return { ratio: null, projectedAtEnd: null, neededPerDay: null, daysLeft };
  const benchmark = expectedByNow(kpi, today) ?? (today > kpi.windowEnd ? kpi.target : null);
  const ratio =
    benchmark === null
      ? null
      : kpi.direction === 'higher_is_better'
        ? benchmark === 0
          ? null
          : actual / benchmark
        : actual === 0
          ? null
          : benchmark / actual;
  if (aggregationOf(kpi) !== 'total')
    return { ratio, projectedAtEnd: today < kpi.windowStart ? null : actual, neededPerDay: null, daysLeft };
  if (today < kpi.windowStart) return { ratio, projectedAtEnd: null, neededPerDay: null, daysLeft };
  if (!within) return { ratio, projectedAtEnd: actual, neededPerDay: null, daysLeft };
  const elapsed = days(kpi.windowStart, today) + 1;
  const length = days(kpi.windowStart, kpi.windowEnd) + 1;
  return {
    ratio,
    projectedAtEnd: (actual * length) / elapsed,
    neededPerDay: daysLeft !== null && daysLeft > 0 ? Math.max(0, kpi.target - actual) / daysLeft : null,
    daysLeft,
  };
}
