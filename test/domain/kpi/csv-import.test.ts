import { buildKpiImport, checkMapping, KpiImportMapping, readCsvTable, suggestMapping } from '../../../src/domain/kpi';
import type { PlanKpi } from '../../../src/domain/model';

const kpis: PlanKpi[] = [
  {
    kpiId: 'orders',
    name: 'Orders',
    unit: 'count',
    target: 100,
    direction: 'higher_is_better',
    windowStart: '2026-01-01',
    windowEnd: '2026-01-31',
  },
  {
    kpiId: 'revenue',
    name: 'Revenue',
    unit: 'currency',
    target: 1000,
    direction: 'higher_is_better',
    windowStart: '2026-01-01',
    windowEnd: '2026-01-31',
  },
];
const file = [
  'time,conversions,revenue_per_conversion,Search_spend,Social_spend',
  '2026-01-05,10,2.5,100.10,50',
  '2026-01-12,20,3,200.20,0',
  '2025-12-29,5,2,10,5',
].join('\n');

describe('channel report CSV import', () => {
  it('suggests the date column, spend per channel and conversions-based KPIs', () => {
    const table = readCsvTable(file);
    expect(suggestMapping(table.header, kpis)).toEqual({
      timeColumn: 'time',
      source: 'csv',
      kpis: [
        { column: 'conversions', kpiId: 'orders' },
        { column: 'conversions', multiplyBy: 'revenue_per_conversion', kpiId: 'revenue' },
      ],
      spend: [
        { column: 'Search_spend', channel: 'Search', category: 'media' },
        { column: 'Social_spend', channel: 'Social', category: 'media' },
      ],
    });
  });

  it('builds points and totals, counting rows outside a KPI window', () => {
    const table = readCsvTable(file);
    const mapping = KpiImportMapping.parse(suggestMapping(table.header, kpis));
    const built = buildKpiImport(table, mapping, kpis, '2026-02-01');
    expect(built.errors).toEqual([]);
    expect(built.preview.channels).toEqual([
      { channel: 'Search', category: 'media', column: 'Search_spend', total: 310.3, rows: 3 },
      { channel: 'Social', category: 'media', column: 'Social_spend', total: 55, rows: 3 },
    ]);
    expect(built.preview.kpis.map((k) => [k.kpiId, k.value, k.outsideWindow])).toEqual([
      ['orders', 35, 1],
      ['revenue', 10 * 2.5 + 20 * 3 + 5 * 2, 1],
    ]);
    expect(built.kpiPoints).toContainEqual({ kpiId: 'revenue', at: '2026-01-12T00:00:00.000Z', value: 60, source: 'csv' });
    expect(built.preview).toMatchObject({ firstDate: '2025-12-29', lastDate: '2026-01-12', dataRows: 3 });
  });

  it('reports every bad cell by line and column, and keeps no point from a bad row', () => {
    const bad = [
      'time,conversions,revenue_per_conversion,Search_spend,Social_spend',
      '2026-01-05,10,2.5,1 000,50',
      '05/01/2026,10,2.5,100,50',
      '2026-01-12,,3,200,-1',
      '"2026-01-19,1,1,1,1',
    ].join('\n');
    const table = readCsvTable(bad);
    const built = buildKpiImport(table, KpiImportMapping.parse(suggestMapping(table.header, kpis)), kpis, '2026-01-10');
    expect(built.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Search_spend'],
      [3, 'time'],
      [4, 'time'],
      [4, 'conversions'],
      [4, 'Social_spend'],
      [5, null],
    ]);
    expect(built.errors[2]!.message).toContain('future');
    expect(built.kpiPoints).toEqual([]);
    expect(built.spendPoints).toEqual([]);
  });

  it('refuses a mapping that names an unknown column or KPI, naming the mapping field', () => {
    const header = readCsvTable(file).header;
    const base = KpiImportMapping.parse({ timeColumn: 'time', spend: [{ column: 'Search_spend', channel: 'Search' }] });
    expect(() => checkMapping({ ...base, timeColumn: 'date' }, header, kpis)).toThrow(/^mapping.timeColumn: ‘date’ is not a column/);
    expect(() => checkMapping({ ...base, kpis: [{ column: 'conversions', kpiId: 'roas' }] }, header, kpis)).toThrow(
      /^mapping.kpis.0.kpiId: the campaign has no KPI ‘roas’/,
    );
    expect(() =>
      checkMapping({ ...base, spend: [...base.spend, { column: 'Social_spend', channel: 'Search', category: 'media' }] }, header, kpis),
    ).toThrow(/^mapping.spend.1.channel/);
    expect(() => checkMapping(base, header, kpis)).not.toThrow();
  });
});
