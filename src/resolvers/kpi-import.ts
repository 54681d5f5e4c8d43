import { MAX_CSV_BYTES } from '../domain/kpi';
import { importKpiCsv } from '../usecases/kpi/import-kpi-csv';
import { previewKpiImport } from '../usecases/kpi/preview-kpi-import';
import { kpiImportPorts } from '../wiring/kpi';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The CSV travels in the payload: room for the largest file we read, beyond the default payload limit. */
const CSV_PAYLOAD = { maxPayloadBytes: MAX_CSV_BYTES + 64 * 1024 };

/** What importing a channel report would store: rows, totals per KPI and per channel, and every error by line and column. */
export const previewKpiImportResolver = contractResolver(
  'previewKpiImport',
  (input, caller) => previewKpiImport(input, userOf(caller), kpiImportPorts()),
  CSV_PAYLOAD,
);

/** Imports a channel report all at once (any error refuses the whole file); the same request id never imports twice. */
export const importKpiCsvResolver = contractResolver(
  'importKpiCsv',
  (input, caller) => importKpiCsv(input, userOf(caller), kpiImportPorts()),
  CSV_PAYLOAD,
);
