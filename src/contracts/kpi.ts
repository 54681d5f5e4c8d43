/**
 * KPI actuals: the connector (webtrigger) and CSV import resolvers' answers. Type-only (the panel imports it).
 */
import type { KpiImportMappingInput } from '../domain/kpi/csv-mapping';
import type { CsvCellError } from '../domain/kpi/csv-table';

export type { KpiImportMappingInput, CsvCellError };

/** `getKpiConnector` / `rotateKpiSecret` ({epicKey}): where and how a tool pushes actuals (PM and project admins only). */
export interface KpiConnector {
  epicKey: string;
  url: string;
  /** HMAC-SHA256 key for this campaign only. */
  secret: string;
  signatureHeader: string;
  /** `sha256=` + hex HMAC of the exact raw body. */
  signatureFormat: string;
  kpis: { kpiId: string; name: string; unit: string }[];
  /** A ready-to-run example (bash, openssl, curl). */
  curlExample: string;
  secretCreatedAt: string;
}

export interface KpiImportKpiTotal {
  kpiId: string;
  name: string;
  column: string;
  multiplyBy?: string;
  aggregation: 'total' | 'latest';
  /** Over the whole file: the sum, or the latest row's value. */
  value: number | null;
  rows: number;
  /** Rows outside the KPI's measurement window (imported, not counted in its actual). */
  outsideWindow: number;
}

export interface KpiImportChannelTotal {
  channel: string;
  category: string;
  column: string;
  total: number;
  rows: number;
}

/** `previewKpiImport` ({epicKey, csv, fileName?, mapping?}): what importing would store, and every problem by row and column. */
export interface KpiImportPreview {
  header: string[];
  /** The mapping used (the suggested one when none was sent). */
  mapping: KpiImportMappingInput;
  dataRows: number;
  firstDate: string | null;
  lastDate: string | null;
  kpis: KpiImportKpiTotal[];
  channels: KpiImportChannelTotal[];
  /** Every problem (at most 200 listed), by file line (the header is line 1) and column. */
  errors: CsvCellError[];
  errorCount: number;
  /** The first rows as they would be imported. */
  sample: { line: number; date: string; values: Record<string, number> }[];
}

/** `importKpiCsv` ({epicKey, requestId, csv, fileName?, mapping}): stored all at once, or nothing (errors refuse the whole file). */
export interface KpiImportResult {
  importId: string;
  /** False when this requestId had already been imported (nothing stored twice). */
  created: boolean;
  kpiPoints: number;
  spendPoints: number;
  channels: KpiImportChannelTotal[];
}
