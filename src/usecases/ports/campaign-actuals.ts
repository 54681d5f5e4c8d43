import type { KpiPoint, SpendPoint } from '../../domain/kpi';

/** A campaign's KPI actuals (pushed and imported) and imported channel spend, from app storage. */
export interface CampaignActualsPort {
  load(epicKey: string): Promise<{ kpiSeries: KpiPoint[]; channelSpend: SpendPoint[] }>;
}
