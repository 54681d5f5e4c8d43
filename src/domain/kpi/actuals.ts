import type { IsoDate, PlanKpi } from '../model';
import { accumulates } from '../metrics/kpi-status';
import { dayOfInstant, type KpiPoint } from './points';

/** Counts and money that build up are totalled; rates and "lower is better" values are read at their latest point. */
export type KpiAggregation = 'total' | 'latest';
export const aggregationOf = (kpi: PlanKpi): KpiAggregation => (accumulates(kpi) ? 'total' : 'latest');

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
  const total = counted.reduce((s, p) => s + p.value, 0);
  return {
    value: !last ? null : aggregationOf(kpi) === 'total' ? roundTo(total) : last.value,
    points: counted.length,
    outsideWindow: own.length - counted.length,
    lastAt: last?.at ?? null,
    sources: [...new Set(counted.map((p) => p.source))].sort(),
  };
}

/** Sums of many floats drift in the last digits (0.1 + 0.2); KPI values are shown to at most 6 decimals. */
const roundTo = (n: number): number => Math.round(n * 1e6) / 1e6;
