import type { KpiImportPreview } from '../../contracts/kpi';
import { DomainError } from '../errors';
import type { PlanKpi } from '../model';
import { buildKpiImport, type KpiImportBuild } from './csv-import';
import { checkMapping, KpiImportMapping, suggestMapping } from './csv-mapping';
import { readCsvTable } from './csv-table';

/** A file that cannot be imported as it is, shown as a preview listing its problems. */
export interface UnreadableImport {
  unreadable: KpiImportPreview;
}

/**
 * Reads a channel report for a campaign's KPIs and applies the mapping (the suggested one when none is given).
 * A suggested mapping that does not fit is shown for the PM to fix; a mapping the PM sent is refused (DomainError).
 */
export function buildCampaignImport(
  kpis: readonly PlanKpi[],
  csv: string,
  mapping: KpiImportMapping | undefined,
  today: string,
): KpiImportBuild | UnreadableImport {
  const table = readCsvTable(csv);
  const used = mapping ?? KpiImportMapping.parse(suggestMapping(table.header, kpis));
  const empty = { firstDate: null, lastDate: null, kpis: [], channels: [], sample: [] };
  if (table.header.length === 0) {
    return { unreadable: { header: [], mapping: used, dataRows: 0, ...empty, errors: table.errors, errorCount: table.errors.length } };
  }
  try {
    checkMapping(used, table.header, kpis);
  } catch (e) {
    if (mapping || !(e instanceof DomainError)) throw e;
    // The refusal's own wording travels with it, so the preview words it for the reader like the cell problems.
    const wording = e.wording ? { code: e.wording.key, ...(e.wording.params ? { params: e.wording.params } : {}) } : {};
    const errors = [...table.errors, { row: 1, column: null, message: e.message, ...wording }];
    return {
      unreadable: { header: table.header, mapping: used, dataRows: table.rows.length, ...empty, errors, errorCount: errors.length },
    };
  }
  return buildKpiImport(table, used, kpis, today);
}
