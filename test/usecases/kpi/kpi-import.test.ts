import { KpiImportMapping } from '../../../src/domain/kpi';
import { importKpiCsv } from '../../../src/usecases/kpi/import-kpi-csv';
import { previewKpiImport } from '../../../src/usecases/kpi/preview-kpi-import';
import { record } from '../../domain/metrics/fixtures';
import { EDITOR, fixedClock, grantsOf, recordsOf } from '../support/in-memory-ports';
import { memoryImports } from './kpi-ports';
import { DomainError } from '../../../src/domain/errors';
import { render } from '../../../src/wording/messages';

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
      message: expect.stringMatching(/^csv: 1 problem, nothing was imported; first at line 3/),
    });
    await expect(importKpiCsv({ ...bad, csv: 'time,leads,Search_spend\n' }, PM, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'csv',
    });
    expect(ports.imports.saved.size).toBe(0);
  });

  it('words every problem of the file in the reader’s language, by line and column', async () => {
    const ports = portsFor();
    const csv = 'time,leads,Search_spend\n2026-12-01,40,300\n2026-12-08,abc,-5\n2026-12-01,3,4\n';
    const fr = { accountId: 'acc-camille', locale: 'fr_FR' };
    const preview = await previewKpiImport({ epicKey: 'MKT-1', csv, mapping: MAPPING }, fr, ports);
    expect(preview.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [3, 'leads', 'csv.notNumber', '«\u202fabc\u202f» n’est pas un nombre (écrivez-le comme 1234.56)'],
      [3, 'Search_spend', 'csv.negativeSpend', '-5 est négatif\u202f: une dépense ne peut pas l’être'],
      [4, 'time', 'csv.dateRepeats', 'le 1er décembre 2026 figure déjà ligne 2'],
    ]);
    const english = await previewKpiImport({ epicKey: 'MKT-1', csv, mapping: MAPPING }, PM, ports);
    expect(english.errors.map((e) => e.message)).toEqual([
      '‘abc’ is not a number (write it like 1234.56)',
      '-5 is negative: spend cannot be',
      '1 December 2026 repeats line 2',
    ]);
    const refusal = await importKpiCsv({ epicKey: 'MKT-1', requestId: 'req-import-9', csv, mapping: MAPPING }, fr, ports).catch(
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).wording && render('fr_FR', (refusal as DomainError).wording!)).toBe(
      'csv\u202f: 3\u202fproblèmes, rien n’a été importé\u202f; le premier à la ligne 3, colonne «\u202fleads\u202f»\u202f: «\u202fabc\u202f» n’est pas un nombre (écrivez-le comme 1234.56)',
    );
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
