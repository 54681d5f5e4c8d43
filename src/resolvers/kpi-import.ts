import { DomainError } from '../domain/errors';
import { formatISO } from 'date-fns';
import type { KpiImportPreview } from '../contracts/kpi';
import { saveImport } from '../adapters/storage/kpi-imports';
import { buildKpiImport, checkMapping, KpiImportMapping, MAX_CSV_BYTES, readCsvTable, suggestMapping, type KpiImportBuild } from '../domain/kpi';
import type { CampaignRecord } from '../domain/model';
import { AppError } from '../shared/result';
import { contractResolver } from './define';
import { campaignForKpiManager } from './kpi-access';

/** The CSV travels in the payload: room for the largest file we read, beyond the default payload limit. */
const CSV_PAYLOAD = { maxPayloadBytes: MAX_CSV_BYTES + 64 * 1024 };

const todayOf = (now: Date): string => formatISO(now, { representation: 'date' });

/** Reads the file and applies the mapping (the suggested one when none is given); mapping mistakes are refused. */
function build(record: CampaignRecord, csv: string, mapping: KpiImportMapping | undefined, now: Date): KpiImportBuild | { unreadable: KpiImportPreview } {
  const table = readCsvTable(csv);
  const used = mapping ?? KpiImportMapping.parse(suggestMapping(table.header, record.plan.kpis));
  if (table.header.length === 0) {
    return { unreadable: { header: [], mapping: used, dataRows: 0, firstDate: null, lastDate: null, kpis: [], channels: [], errors: table.errors, errorCount: table.errors.length, sample: [] } };
  }
  try {
    checkMapping(used, table.header, record.plan.kpis);
  } catch (e) {
    // A suggested mapping that does not fit is shown for the PM to fix; a mapping the PM sent is refused.
    if (mapping || !(e instanceof DomainError)) throw e;
    const errors = [...table.errors, { row: 1, column: null, message: e.message }];
    return { unreadable: { header: table.header, mapping: used, dataRows: table.rows.length, firstDate: null, lastDate: null, kpis: [], channels: [], errors, errorCount: errors.length, sample: [] } };
  }
  return buildKpiImport(table, used, record.plan.kpis, todayOf(now));
}

/** What importing a channel report would store: rows, totals per KPI and per channel, and every error by line and column. */
export const previewKpiImportResolver = contractResolver('previewKpiImport', async (input, caller) => {
  const record = await campaignForKpiManager(input.epicKey, caller.accountId, 'import KPI actuals');
  const built = build(record, input.csv, input.mapping, new Date());
  return 'unreadable' in built ? built.unreadable : built.preview;
}, CSV_PAYLOAD);

/**
 * Imports a channel report all at once: every row is validated first and any error refuses the whole file; then it
 * is written under the request id and made visible last, so nothing partial is ever seen. The same request id
 * again answers the first import.
 */
export const importKpiCsvResolver = contractResolver('importKpiCsv', async (input, caller) => {
  const record = await campaignForKpiManager(input.epicKey, caller.accountId, 'import KPI actuals');
  const now = new Date();
  const built = build(record, input.csv, input.mapping, now);
  const errors = 'unreadable' in built ? built.unreadable.errors : built.errors;
  if ('unreadable' in built || errors.length > 0) {
    const first = errors[0];
    const where = first ? `line ${first.row}${first.column ? `, column ${first.column}` : ''}: ${first.message}` : 'the file cannot be read';
    throw new AppError('INVALID_INPUT', `csv: ${errors.length || 1} problem(s), nothing was imported; first at ${where}`, 'csv');
  }
  if (built.kpiPoints.length + built.spendPoints.length === 0) throw new AppError('INVALID_INPUT', 'csv: no rows to import', 'csv');
  const saved = await saveImport(
    {
      importId: input.requestId,
      epicKey: record.epicKey,
      importedAt: now.toISOString(),
      importedBy: caller.accountId,
      ...(input.fileName ? { fileName: input.fileName } : {}),
      source: input.mapping.source,
      kpiPoints: built.kpiPoints.length,
      spendPoints: built.spendPoints.length,
      channels: built.preview.channels,
    },
    built.kpiPoints,
    built.spendPoints,
  );
  return { importId: saved.summary.importId, created: saved.created, kpiPoints: saved.summary.kpiPoints, spendPoints: saved.summary.spendPoints, channels: saved.summary.channels };
}, CSV_PAYLOAD);
