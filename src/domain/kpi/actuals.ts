import type { IsoDate, PlanKpi } from '../model';
import { aggregate, aggregationOf } from './aggregation';
import { dayOfInstant, type KpiPoint } from './points';

export { aggregationOf };
export type { KpiAggregation } from '../model';

export interface KpiMeasure {
  /** The KPI's actual over its measurement window; null before any point falls in it. */
  value: number | null;
  /** Points inside the window. */
  points: number;
  /** Points received for this KPI that fall outside its window (not counted). */
  outsideWindow: number;
  /** Instant of the last point counted. */
  lastAt: string | null;
  sources: string[];
}

const inWindow = (kpi: PlanKpi, day: IsoDate): boolean => day >= kpi.windowStart && day <= kpi.windowEnd;

/** The KPI's actual from its time series (points in time order, any KPI), as its aggregation says. */
export function measureKpi(kpi: PlanKpi, series: readonly KpiPoint[]): KpiMeasure {
  const own = series.filter((p) => p.kpiId === kpi.kpiId);
  const counted = own.filter((p) => inWindow(kpi, dayOfInstant(p.at)));
  const last = counted.at(-1);
  return {
    value: aggregate(
      aggregationOf(kpi),
      counted.map((p) => p.value),
    ),
    points: counted.length,
    outsideWindow: own.length - counted.length,
    lastAt: last?.at ?? null,
    sources: [...new Set(counted.map((p) => p.source))].sort(),
  };
}
