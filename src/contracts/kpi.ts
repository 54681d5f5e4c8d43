import { z } from 'zod';
import { KpiImportMapping, type KpiImportMappingInput } from '../domain/kpi/csv-mapping';
import { MAX_CSV_BYTES } from '../domain/kpi/csv-table';
import { KpiAggregation } from '../domain/model';
import { EpicKey } from './fields';
import { problemText } from '../wording/catalog/problems';

/** KPI actuals: the connector (webtrigger) and CSV import resolvers (PM and project admins only). */

export type { KpiImportMappingInput };

/** `getKpiConnector` / `rotateKpiSecret` take the campaign's epic. */
export const KpiConnectorPayload = z.object({ epicKey: EpicKey }).strict();
export type KpiConnectorPayload = z.input<typeof KpiConnectorPayload>;

/** Where and how a tool pushes actuals. */
export const KpiConnector = z
  .object({
    epicKey: z.string(),
    url: z.string(),
    /** HMAC-SHA256 key for this campaign only. */
    secret: z.string(),
    signatureHeader: z.string(),
    /** `sha256=` + hex HMAC of the exact raw body. */
    signatureFormat: z.string(),
    kpis: z.array(z.object({ kpiId: z.string(), name: z.string(), unit: z.string() }).strict()),
    /** A ready-to-run example (bash, openssl, curl). */
    curlExample: z.string(),
    secretCreatedAt: z.string(),
  })
  .strict();
export type KpiConnector = z.infer<typeof KpiConnector>;

/** One problem of a CSV file, by file line (the header is line 1) and column. */
/** A problem in an imported file; `code` and `params` are its wording message (`csv.notNumber`), `message` its words. */
export const CsvCellError = z
  .object({
    row: z.number(),
    column: z.string().nullable(),
    message: z.string(),
    code: z.string().optional(),
    params: z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  })
  .strict();
export type CsvCellError = z.infer<typeof CsvCellError>;

export const KpiImportKpiTotal = z
  .object({
    kpiId: z.string(),
    name: z.string(),
    column: z.string(),
    multiplyBy: z.string().optional(),
    aggregation: KpiAggregation,
    /** Over the whole file: the sum, the mean, or the latest row's value, as `aggregation` says. */
    value: z.number().nullable(),
    rows: z.number(),
    /** Rows outside the KPI's measurement window (imported, not counted in its actual). */
    outsideWindow: z.number(),
  })
  .strict();
export type KpiImportKpiTotal = z.infer<typeof KpiImportKpiTotal>;

export const KpiImportChannelTotal = z
  .object({ channel: z.string(), category: z.string(), column: z.string(), total: z.number(), rows: z.number() })
  .strict();
export type KpiImportChannelTotal = z.infer<typeof KpiImportChannelTotal>;

const Csv = z
  .string()
  .min(1, problemText('fileEmpty'))
  .max(MAX_CSV_BYTES, problemText('fileTooLarge', { max: MAX_CSV_BYTES }));
const FileName = z.string().max(255).optional();
/** One per import: the same id never imports twice. */
export const ImportId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, problemText('importId'));

/** `previewKpiImport`: what importing would store, and every problem by row and column. */
export const PreviewKpiImportPayload = z
  .object({ epicKey: EpicKey, csv: Csv, fileName: FileName, mapping: KpiImportMapping.optional() })
  .strict();
export type PreviewKpiImportPayload = z.input<typeof PreviewKpiImportPayload>;
export const KpiImportPreview = z
  .object({
    header: z.array(z.string()),
    /** The mapping used (the suggested one when none was sent). */
    mapping: KpiImportMapping,
    dataRows: z.number(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    kpis: z.array(KpiImportKpiTotal),
    channels: z.array(KpiImportChannelTotal),
    /** Every problem (at most 200 listed), by file line (the header is line 1) and column. */
    errors: z.array(CsvCellError),
    errorCount: z.number(),
    /** The first rows as they would be imported. */
    sample: z.array(z.object({ line: z.number(), date: z.string(), values: z.record(z.number()) }).strict()),
  })
  .strict();
export type KpiImportPreview = z.infer<typeof KpiImportPreview>;

/** `importKpiCsv`: stored all at once, or nothing (errors refuse the whole file). */
export const ImportKpiCsvPayload = z
  .object({ epicKey: EpicKey, requestId: ImportId, csv: Csv, fileName: FileName, mapping: KpiImportMapping })
  .strict();
export type ImportKpiCsvPayload = z.input<typeof ImportKpiCsvPayload>;
export const KpiImportResult = z
  .object({
    importId: z.string(),
    /** False when this requestId had already been imported (nothing stored twice). */
    created: z.boolean(),
    kpiPoints: z.number(),
    spendPoints: z.number(),
    channels: z.array(KpiImportChannelTotal),
  })
  .strict();
export type KpiImportResult = z.infer<typeof KpiImportResult>;
