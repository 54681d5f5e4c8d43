import type { KpiImportChannelTotal, KpiImportKpiTotal, KpiImportPreview } from '../../contracts/kpi';
import { IsoDate, type PlanKpi } from '../model';
import { aggregationOf } from './actuals';
import type { KpiImportMapping } from './csv-mapping';
import type { CsvCellError, CsvTable } from './csv-table';
import type { KpiPoint, SpendPoint } from './points';

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

/**
 * Turns a channel report into KPI points (one per row and mapped KPI, at the row's date, 00:00 UTC) and spend points
 * (one per row and channel), validating every mapped cell: a real date not in the future and not repeated, numbers
 * written like 1234.56, no negative spend or counts. Any error is reported with its line and column; the caller
 * stores nothing when there is one. `mapping` must have passed checkMapping against `table.header`.
 */
export function buildKpiImport(table: CsvTable, mapping: KpiImportMapping, kpis: readonly PlanKpi[], today: string): KpiImportBuild {
  const errors: CsvCellError[] = [...table.errors];
  const col = (name: string): number => table.header.indexOf(name);
  const timeIdx = col(mapping.timeColumn);
  const kpiById = new Map(kpis.map((k) => [k.kpiId, k]));
  const seenDates = new Map<string, number>();
  const kpiPoints: KpiPoint[] = [];
  const spendPoints: SpendPoint[] = [];
  const sample: KpiImportPreview['sample'] = [];

  for (const { line, cells } of table.rows) {
    const rowErrors: CsvCellError[] = [];
    const error = (column: string, message: string): void => {
      // One error per cell, even when two mappings read it (conversions, and conversions × revenue per conversion).
      if (!rowErrors.some((e) => e.column === column)) rowErrors.push({ row: line, column, message });
    };
    const number = (column: string): number | null => {
      const raw = cells[col(column)];
      if (raw === '') return (error(column, 'is empty: a number is needed'), null);
      if (!NUMBER.test(raw)) return (error(column, `"${raw}" is not a number (write it like 1234.56)`), null);
      return Number(raw);
    };

    const date = cells[timeIdx];
    if (!IsoDate.safeParse(date).success) error(mapping.timeColumn, `"${date}" is not a date like 2026-11-27`);
    else if (date > today) error(mapping.timeColumn, `${date} is in the future`);
    else if (seenDates.has(date)) error(mapping.timeColumn, `${date} repeats line ${seenDates.get(date)}`);
    else seenDates.set(date, line);

    const values: Record<string, number> = {};
    const rowKpis: KpiPoint[] = [];
    for (const m of mapping.kpis) {
      const kpi = kpiById.get(m.kpiId) as PlanKpi;
      const base = number(m.column);
      const factor = m.multiplyBy === undefined ? 1 : number(m.multiplyBy);
      if (base === null || factor === null) continue;
      const value = round6(base * factor);
      if (value < 0 && aggregationOf(kpi) === 'total') {
        error(m.column, `${value} is negative; ${kpi.name} only adds up`);
        continue;
      }
      values[m.kpiId] = value;
      rowKpis.push({ kpiId: m.kpiId, at: `${date}T00:00:00.000Z`, value, source: mapping.source });
    }
    const rowSpend: SpendPoint[] = [];
    for (const m of mapping.spend) {
      const amount = number(m.column);
      if (amount === null) continue;
      if (amount < 0) {
        error(m.column, `${amount} is negative: spend cannot be`);
        continue;
      }
      values[m.channel] = amount;
      rowSpend.push({ channel: m.channel, category: m.category, date, amount, source: mapping.source });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    kpiPoints.push(...rowKpis);
    spendPoints.push(...rowSpend);
    if (sample.length < SAMPLE_ROWS) sample.push({ line, date, values });
  }
  if (table.header.length > 0 && table.rows.length === 0 && table.errors.length === 0)
    errors.push({ row: 2, column: null, message: 'the file has a header but no data rows' });

  const order = (c: string | null): number => (c === null ? -1 : table.header.indexOf(c));
  errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  const dates = [...seenDates.keys()].sort();
  return {
    kpiPoints,
    spendPoints,
    errors,
    preview: {
      header: table.header,
      mapping,
      dataRows: table.rows.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      kpis: mapping.kpis.map((m) => kpiTotal(m, kpiById.get(m.kpiId) as PlanKpi, kpiPoints)),
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
    },
  };
}

function kpiTotal(m: KpiImportMapping['kpis'][number], kpi: PlanKpi, points: readonly KpiPoint[]): KpiImportKpiTotal {
  const own = points.filter((p) => p.kpiId === m.kpiId);
  const aggregation = aggregationOf(kpi);
  const latest = [...own].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
  const value =
    own.length === 0 ? null : aggregation === 'total' ? round6(own.reduce((s, p) => s + p.value, 0)) : (latest as KpiPoint).value;
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
