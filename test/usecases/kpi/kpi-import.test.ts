import { KpiImportMapping } from '../../../src/domain/kpi';
import { importKpiCsv } from '../../../src/usecases/kpi/import-kpi-csv';
import { previewKpiImport } from '../../../src/usecases/kpi/preview-kpi-import';
import { record } from '../../domain/metrics/fixtures';
import { EDITOR, fixedClock, grantsOf, recordsOf } from '../support/in-memory-ports';
import { memoryImports } from './kpi-ports';

const PM = { accountId: 'acc-camille' };
const CSV = 'time,leads,Search_spend\n2026-12-01,40,300\n2026-12-08,55,320\n';
const MAPPING = KpiImportMapping.parse({
  timeColumn: 'time',
  kpis: [{ column: 'leads', kpiId: 'leads' }],
  spend: [{ column: 'Search_spend', channel: 'Search' }],
});
const portsFor = (grants = EDITOR, imports = memoryImports()) => ({
  records: recordsOf(record()),
  grants: grantsOf(grants),
  imports,
  clock: fixedClock('2026-12-20T09:00:00.000Z'),
});

describe('previewKpiImport (use case)', () => {
  it('suggests a mapping and previews the rows, totals and channels', async () => {
    const preview = await previewKpiImport({ epicKey: 'MKT-1', csv: CSV }, PM, portsFor());
    expect(preview).toMatchObject({
      header: ['time', 'leads', 'Search_spend'],
      dataRows: 2,
      firstDate: '2026-12-01',
      lastDate: '2026-12-08',
      errorCount: 0,
    });
    expect(preview.mapping.timeColumn).toBe('time');
    expect(preview.channels.map((c) => c.channel)).toEqual(['Search']);
  });

  it('lists a date after today as a problem, by line', async () => {
    const preview = await previewKpiImport({ epicKey: 'MKT-1', csv: `${CSV}2026-12-29,10,1\n` }, PM, portsFor());
    expect(preview.errors).toEqual([expect.objectContaining({ row: 4 })]);
  });

  it('refuses someone who is not the PM or an admin', async () => {
    await expect(previewKpiImport({ epicKey: 'MKT-1', csv: CSV }, { accountId: 'acc-noah' }, portsFor())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('importKpiCsv (use case)', () => {
  it('stores a clean file once under its request id', async () => {
    const ports = portsFor();
    const input = { epicKey: 'MKT-1', requestId: 'req-import-1', csv: CSV, fileName: 'week.csv', mapping: MAPPING };
    const first = await importKpiCsv(input, PM, ports);
    expect(first).toMatchObject({ importId: 'req-import-1', created: true, kpiPoints: 2, spendPoints: 2 });
    expect(ports.imports.saved.get('req-import-1')?.summary).toMatchObject({
      importedBy: 'acc-camille',
      fileName: 'week.csv',
      importedAt: '2026-12-20T09:00:00.000Z',
    });
    expect(await importKpiCsv(input, PM, ports)).toMatchObject({ importId: 'req-import-1', created: false });
  });

  it('refuses the whole file on any problem, naming the first line, and stores nothing', async () => {
    const ports = portsFor();
    const bad = {
      epicKey: 'MKT-1',
      requestId: 'req-import-2',
      csv: 'time,leads,Search_spend\n2026-12-01,40,300\n2026-12-08,abc,320\n',
      mapping: MAPPING,
    };
    await expect(importKpiCsv(bad, PM, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'csv',
      message: expect.stringMatching(/^csv: 1 problem\(s\), nothing was imported; first at line 3/),
    });
    await expect(importKpiCsv({ ...bad, csv: 'time,leads,Search_spend\n' }, PM, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'csv',
    });
    expect(ports.imports.saved.size).toBe(0);
  });

  it('refuses a mapping naming a column the file lacks', async () => {
    const mapping = { ...MAPPING, timeColumn: 'week' };
    await expect(importKpiCsv({ epicKey: 'MKT-1', requestId: 'req-import-3', csv: CSV, mapping }, PM, portsFor())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('refuses an outsider with NOT_FOUND', async () => {
    await expect(
      importKpiCsv({ epicKey: 'MKT-1', requestId: 'req-import-4', csv: CSV, mapping: MAPPING }, PM, portsFor({})),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
