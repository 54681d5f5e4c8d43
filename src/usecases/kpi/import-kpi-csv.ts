import type { KpiImportResult } from '../../contracts/kpi';
import { DomainError } from '../../domain/errors';
import { buildCampaignImport, type CsvCellError, type KpiImportMapping } from '../../domain/kpi';
import type { ActingUser } from '../acting-user';
import type { KpiImportsPort } from '../ports/kpi-imports';
import { campaignForKpiManager } from './kpi-campaign';
import { importDayOf, type KpiImportPreviewPorts } from './preview-kpi-import';

export interface ImportKpiCsvPorts extends KpiImportPreviewPorts {
  imports: KpiImportsPort;
}

export interface ImportKpiCsvInput {
  epicKey: string;
  requestId: string;
  csv: string;
  fileName?: string | undefined;
  mapping: KpiImportMapping;
}

/** The refusal of a file with problems: how many, and where the first one is, worded from its code. */
function refusalOf(errors: readonly CsvCellError[]): DomainError {
  const first = errors[0];
  if (!first?.code?.startsWith('csv.')) return new DomainError('INVALID_INPUT', { key: 'csv.unreadable' }, 'csv');
  const params = { ...first.params, count: errors.length, line: first.row, column: first.column, problem: first.code.slice(4) };
  return new DomainError('INVALID_INPUT', { key: 'csv.refused', params }, 'csv');
}

/**
 * Imports a channel report all at once: every row is validated first and any error refuses the whole file; then it
 * is stored under the request id, so the same request id again answers the first import. Errors: NOT_FOUND and
 * FORBIDDEN of `campaignForKpiManager`; INVALID_INPUT `mapping…` for a mapping that does not fit; INVALID_INPUT `csv`
 * for any problem in the file or a file without rows.
 */
export async function importKpiCsv(input: ImportKpiCsvInput, user: ActingUser, ports: ImportKpiCsvPorts): Promise<KpiImportResult> {
  const record = await campaignForKpiManager(input.epicKey, user, ports);
  const now = ports.clock.now();
  const built = buildCampaignImport(record.plan.kpis, input.csv, input.mapping, importDayOf(now));
  if ('unreadable' in built) throw refusalOf(built.unreadable.errors);
  if (built.errors.length > 0) throw refusalOf(built.errors);
  if (built.kpiPoints.length + built.spendPoints.length === 0) throw new DomainError('INVALID_INPUT', { key: 'csv.noRows' }, 'csv');
  const summary = {
    importId: input.requestId,
    epicKey: record.epicKey,
    importedAt: now.toISOString(),
    importedBy: user.accountId,
    ...(input.fileName ? { fileName: input.fileName } : {}),
    source: input.mapping.source,
    kpiPoints: built.kpiPoints.length,
    spendPoints: built.spendPoints.length,
    channels: built.preview.channels,
  };
  const saved = await ports.imports.save(summary, built.kpiPoints, built.spendPoints);
  return {
    importId: saved.summary.importId,
    created: saved.created,
    kpiPoints: saved.summary.kpiPoints,
    spendPoints: saved.summary.spendPoints,
    channels: saved.summary.channels,
  };
}
