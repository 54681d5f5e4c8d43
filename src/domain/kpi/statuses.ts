import type { KpiStatus } from '../../contracts/campaign-panel';
import type { IsoDate, PlanKpi } from '../model';
import { kpiStatuses } from '../metrics/kpi-status';
import { aggregationOf, measureKpi } from './actuals';
import { kpiPace } from './pace';
import type { KpiPoint } from './points';
import { mustAt } from '../invariant';

/**
 * KPI statuses from the campaign's actuals time series: target, actual (total or latest over the window),
 * expected by now, on pace, and pace to target, with how many points counted and where they came from.
 */
export function kpiStatusesFromSeries(kpis: readonly PlanKpi[], today: IsoDate, series: readonly KpiPoint[]): KpiStatus[] {
  const measured = kpis.map((kpi) => ({ kpi, m: measureKpi(kpi, series) }));
  const actuals: Record<string, number> = {};
  for (const { kpi, m } of measured) if (m.value !== null) actuals[kpi.kpiId] = m.value;
  // kpiStatuses answers one status per KPI, in the KPIs' order.
  return kpiStatuses(kpis, today, actuals).map((status, i) => {
    const { kpi, m } = mustAt(measured, i, 'measured KPI');
    return {
      ...status,
      aggregation: aggregationOf(kpi),
      points: m.points,
      outsideWindow: m.outsideWindow,
      lastAt: m.lastAt,
      sources: m.sources,
      pace: kpiPace(kpi, m.value, today),
    };
  });
}
