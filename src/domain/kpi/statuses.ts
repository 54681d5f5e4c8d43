import type { KpiStatus } from '../../contracts/campaign-panel';
import type { IsoDate, PlanKpi } from '../model';
import { kpiStatuses } from '../metrics/kpi-status';
import { aggregationOf, measureKpi } from './actuals';
import { kpiPace } from './pace';
import type { KpiPoint } from './points';

/**
 * KPI statuses from the campaign's actuals time series: target, actual (total or latest over the window),
 * expected by now, on pace, and pace to target, with how many points counted and where they came from.
 */
export function kpiStatusesFromSeries(kpis: readonly PlanKpi[], today: IsoDate, series: readonly KpiPoint[]): KpiStatus[] {
  const measures = kpis.map((k) => measureKpi(k, series));
  const actuals: Record<string, number> = {};
  kpis.forEach((k, i) => {
    const value = measures[i].value;
    if (value !== null) actuals[k.kpiId] = value;
  });
  return kpiStatuses(kpis, today, actuals).map((status, i) => {
    const m = measures[i];
    return {
      ...status,
      aggregation: aggregationOf(kpis[i]),
      points: m.points,
      outsideWindow: m.outsideWindow,
      lastAt: m.lastAt,
      sources: m.sources,
      pace: kpiPace(kpis[i], m.value, today),
    };
  });
}
