import type { KpiImportChannelTotal, KpiImportKpiTotal, KpiImportPreview } from '../../contracts/kpi';
import { IsoDate, type PlanKpi } from '../model';
import { aggregate, aggregationOf } from './aggregation';
import type { KpiImportMapping } from './csv-mapping';
import { cellError, type CsvCellError, type CsvTable } from './csv-table';
import type { Message } from '../../wording/messages';
import type { KpiPoint, SpendPoint } from './points';
import { mustAt, mustGet } from '../invariant';

export interface KpiImportBuild {
  preview: KpiImportPreview;
  kpiPoints: KpiPoint[];
  spendPoints: SpendPoint[];
  /** Every error (the preview lists the first 200). */
  errors: CsvCellError[];
}

const MAX_LISTED_ERRORS = 200;
const SAMPLE_ROWS = 5;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const round2 = (n: number): number => Math.round(n * 100) / 100;
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The cells of one data row, read by column name, with at most one error per cell. */
class RowReader {
  readonly errors: CsvCellError[] = [];

  constructor(
    private readonly header: readonly string[],
    readonly line: number,
    private readonly cells: readonly string[],
  ) {}

  /** The cell under `column`; the mapping was checked against the header and every row has the header's width. */
  cell(column: string): string {
    return mustAt(this.cells, this.header.indexOf(column), `cell of column "${column}"`);
  }

  error(column: string, m: Extract<Message, { key: `csv.${string}` }>): void {
    // One error per cell, even when two mappings read it (conversions, and conversions × revenue per conversion).
    if (!this.errors.some((e) => e.column === column)) this.errors.push(cellError(this.line, column, m));
  }

  number(column: string): number | null {
    const raw = this.cell(column);
    if (raw === '') return (this.error(column, { key: 'csv.emptyNumber' }), null);
    if (!NUMBER.test(raw)) return (this.error(column, { key: 'csv.notNumber', params: { raw } }), null);
    return Number(raw);
  }
}

/** The row's date, checked: a real date, not in the future, not on an earlier line (`seenDates` records it). */
function readRowDate(row: RowReader, timeColumn: string, today: string, seenDates: Map<string, number>): string {
  const date = row.cell(timeColumn);
  const seen = seenDates.get(date);
  if (!IsoDate.safeParse(date).success) row.error(timeColumn, { key: 'csv.notDate', params: { raw: date } });
  else if (date > today) row.error(timeColumn, { key: 'csv.futureDate', params: { date } });
  else if (seen !== undefined) row.error(timeColumn, { key: 'csv.dateRepeats', params: { date, line: seen } });
  else seenDates.set(date, row.line);
  return date;
}

/** The row's KPI points (no negative value for a KPI that adds up); each value also goes into `values`. */
function readRowKpis(
  row: RowReader,
  mapping: KpiImportMapping,
  kpiById: ReadonlyMap<string, PlanKpi>,
  date: string,
  values: Record<string, number>,
): KpiPoint[] {
  const points: KpiPoint[] = [];
  for (const m of mapping.kpis) {
    const kpi = mustGet(kpiById, m.kpiId, 'mapped KPI');
    const base = row.number(m.column);
    const factor = m.multiplyBy === undefined ? 1 : row.number(m.multiplyBy);
    if (base === null || factor === null) continue;
    const value = round6(base * factor);
    if (value < 0 && aggregationOf(kpi) === 'total') {
      row.error(m.column, { key: 'csv.negativeKpi', params: { value, kpi: kpi.name } });
      continue;
    }
    values[m.kpiId] = value;
    points.push({ kpiId: m.kpiId, at: `${date}T00:00:00.000Z`, value, source: mapping.source });
  }
  return points;
}

/** The row's spend points (never negative); each amount also goes into `values` under its channel. */
function readRowSpend(row: RowReader, mapping: KpiImportMapping, date: string, values: Record<string, number>): SpendPoint[] {
  const points: SpendPoint[] = [];
  for (const m of mapping.spend) {
    const amount = row.number(m.column);
    if (amount === null) continue;
    if (amount < 0) {
      row.error(m.column, { key: 'csv.negativeSpend', params: { amount } });
      continue;
    }
    values[m.channel] = amount;
    points.push({ channel: m.channel, category: m.category, date, amount, source: mapping.source });
  }
  return points;
}

/** What the preview shows of a read file: its dates, totals per KPI and per channel, the first errors, a sample. */
function importPreview(
  table: CsvTable,
  mapping: KpiImportMapping,
  kpiById: ReadonlyMap<string, PlanKpi>,
  read: Omit<KpiImportBuild, 'preview'> & { dates: string[]; sample: KpiImportPreview['sample'] },
): KpiImportPreview {
  const { kpiPoints, spendPoints, errors, dates, sample } = read;
  return {
    header: table.header,
    mapping,
    dataRows: table.rows.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    kpis: mapping.kpis.map((m) => kpiTotal(m, mustGet(kpiById, m.kpiId, 'mapped KPI'), kpiPoints)),
    channels: mapping.spend.map((m): KpiImportChannelTotal => {
      const own = spendPoints.filter((p) => p.channel === m.channel);
      return {
        channel: m.channel,
        category: m.category,
        column: m.column,
        total: round2(own.reduce((s, p) => s + p.amount, 0)),
        rows: own.length,
      };
    }),
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: errors.length,
    sample,
  };
}

/**
 * Turns a channel report into KPI points (one per row and mapped KPI, at the row's date, 00:00 UTC) and spend points
 * (one per row and channel), validating every mapped cell: a real date not in the future and not repeated, numbers
 * written like 1234.56, no negative spend or counts. Any error is reported with its line and column; the caller
 * stores nothing when there is one. `mapping` must have passed checkMapping against `table.header`.
 */
export function buildKpiImport(table: CsvTable, mapping: KpiImportMapping, kpis: readonly PlanKpi[], today: string): KpiImportBuild {
  const errors: CsvCellError[] = [...table.errors];
  const kpiById = new Map(kpis.map((k) => [k.kpiId, k]));
  const seenDates = new Map<string, number>();
  const kpiPoints: KpiPoint[] = [];
  const spendPoints: SpendPoint[] = [];
  const sample: KpiImportPreview['sample'] = [];

  for (const { line, cells } of table.rows) {
    const row = new RowReader(table.header, line, cells);
    const date = readRowDate(row, mapping.timeColumn, today, seenDates);
    const values: Record<string, number> = {};
    const rowKpis = readRowKpis(row, mapping, kpiById, date, values);
    const rowSpend = readRowSpend(row, mapping, date, values);
    if (row.errors.length > 0) {
      errors.push(...row.errors);
      continue;
    }
    kpiPoints.push(...rowKpis);
    spendPoints.push(...rowSpend);
    if (sample.length < SAMPLE_ROWS) sample.push({ line, date, values });
  }
  if (table.header.length > 0 && table.rows.length === 0 && table.errors.length === 0)
    errors.push(cellError(2, null, { key: 'csv.noDataRows' }));

  const order = (c: string | null): number => (c === null ? -1 : table.header.indexOf(c));
  errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  const dates = [...seenDates.keys()].sort();
  const preview = importPreview(table, mapping, kpiById, { kpiPoints, spendPoints, errors, dates, sample });
  return { kpiPoints, spendPoints, errors, preview };
}

function kpiTotal(m: KpiImportMapping['kpis'][number], kpi: PlanKpi, points: readonly KpiPoint[]): KpiImportKpiTotal {
  const own = points.filter((p) => p.kpiId === m.kpiId);
  const aggregation = aggregationOf(kpi);
  const inOrder = [...own].sort((a, b) => (a.at < b.at ? -1 : 1));
  const value = aggregate(
    aggregation,
    inOrder.map((p) => p.value),
  );
  const outsideWindow = own.filter((p) => p.at.slice(0, 10) < kpi.windowStart || p.at.slice(0, 10) > kpi.windowEnd).length;
  return {
    kpiId: m.kpiId,
    name: kpi.name,
    column: m.column,
    ...(m.multiplyBy ? { multiplyBy: m.multiplyBy } : {}),
    aggregation,
    value,
    rows: own.length,
    outsideWindow,
  };
}
