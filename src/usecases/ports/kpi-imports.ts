import type { KpiImportResult } from '../../contracts/kpi';
import type { KpiPoint, SpendPoint } from '../../domain/kpi';

/** What an import records about itself besides its points. */
export interface KpiImportSummary {
  importId: string;
  epicKey: string;
  importedAt: string;
  importedBy: string;
  fileName?: string;
  source: string;
  kpiPoints: number;
  spendPoints: number;
  channels: KpiImportResult['channels'];
}

/** CSV imports of KPI and spend actuals, stored all or nothing under their import id. */
export interface KpiImportsPort {
  /** Stores the import unless its id was already imported; answers the stored summary and whether this call made it. */
  save(
    summary: KpiImportSummary,
    kpiPoints: readonly KpiPoint[],
    spendPoints: readonly SpendPoint[],
  ): Promise<{ summary: KpiImportSummary; created: boolean }>;
}
