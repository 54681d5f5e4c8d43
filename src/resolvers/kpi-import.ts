import { z } from 'zod';
import { ImportId } from '../adapters/storage/kpi-imports';
import { ISSUE_KEY, KpiImportMapping, MAX_CSV_BYTES } from '../domain/kpi';
import { importKpiCsv } from '../usecases/kpi/import-kpi-csv';
import { previewKpiImport } from '../usecases/kpi/preview-kpi-import';
import { kpiImportPorts } from '../wiring/kpi';
import { defineResolver } from './define';

const Csv = z.string().min(1, 'the file is empty').max(MAX_CSV_BYTES, `the file must be at most ${MAX_CSV_BYTES / 1024} KB`);
const FileName = z.string().max(255).optional();
const EpicKey = z.string().regex(ISSUE_KEY, 'must be an epic key like MKT-12');

const PreviewPayload = z.object({ epicKey: EpicKey, csv: Csv, fileName: FileName, mapping: KpiImportMapping.optional() }).strict();
const ImportPayload = z.object({ epicKey: EpicKey, requestId: ImportId, csv: Csv, fileName: FileName, mapping: KpiImportMapping }).strict();

/** The CSV travels in the payload: room for the largest file we read, beyond the default payload limit. */
const CSV_PAYLOAD = { maxPayloadBytes: MAX_CSV_BYTES + 64 * 1024 };

/** What importing a channel report would store: rows, totals per KPI and per channel, and every error by line and column. */
export const previewKpiImportResolver = defineResolver(PreviewPayload, (input, caller) => previewKpiImport(input, { accountId: caller.accountId, locale: caller.locale }, kpiImportPorts()), CSV_PAYLOAD);

/** Imports a channel report all at once (any error refuses the whole file); the same request id never imports twice. */
export const importKpiCsvResolver = defineResolver(ImportPayload, (input, caller) => importKpiCsv(input, { accountId: caller.accountId, locale: caller.locale }, kpiImportPorts()), CSV_PAYLOAD);
