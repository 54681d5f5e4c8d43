import { mergeKpiPoints, mergeSpendPoints, type KpiPoint, type SpendPoint } from '../../domain/kpi';
import { listImports } from './kpi-imports';
import { listPushedPoints } from './kpi-pushes';

export interface CampaignActuals {
  /** Every KPI point, merged (pushes first, then imports oldest first: a later import corrects the same moment). */
  kpiSeries: KpiPoint[];
  channelSpend: SpendPoint[];
}

/** A campaign's KPI actuals time series and imported channel spend, as the panel computes from them. */
export async function loadCampaignActuals(epicKey: string): Promise<CampaignActuals> {
  const [pushed, imports] = await Promise.all([listPushedPoints(epicKey), listImports(epicKey)]);
  return {
    kpiSeries: mergeKpiPoints([pushed, ...imports.map((i) => i.kpiPoints)]),
    channelSpend: mergeSpendPoints(imports.map((i) => i.spendPoints)),
  };
}
