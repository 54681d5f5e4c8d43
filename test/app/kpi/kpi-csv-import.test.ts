import { existsSync, readFileSync } from 'node:fs';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { useAppTestHost } from '../../support/app-host';
import { invokeResolver } from '../../support/invoke';
import { contractFile, contractsDir } from '../../support/contracts/contracts-dir';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';
import { must } from '../../support/must';
import { listFields, settleTriggers } from '../rest-reads';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { CAMILLE, INES } from '../../../local/identity/demo-users';
import { createKpiCampaign, panelOf, storedKeys } from './kpi-fixture';

const MERIDIAN = contractFile('samples', 'marketing', 'meridian-national_all_channels.csv');
const describeWithMeridian = existsSync(MERIDIAN) ? describe : describe.skip;
if (!existsSync(MERIDIAN))
  console.warn(
    `[contracts] skipping the Meridian CSV import: ${MERIDIAN} is missing from the contracts folder ${contractsDir()} (set CONTRACTS_DIR)`,
  );

/** The panel's spend per channel (there once spend was imported). */
const channelsOf = (panel: CampaignPanel) => must(panel.budget.byChannel, 'spend per channel on the panel');
const kpiOf = (panel: CampaignPanel, kpiId: string) =>
  must(
    panel.kpis.find((k) => k.kpiId === kpiId),
    `KPI ${kpiId} on the panel`,
  );

/** The file's own sums, computed here with a plain split (the file has no quoted cells), not with the app's parser. */
function independentTotals(text: string): { rows: number; spend: Record<string, number>; conversions: number; revenue: number } {
  expect(text).not.toContain('"');
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const header = head!.split(',');
  const spend: Record<string, number> = {};
  let conversions = 0;
  let revenue = 0;
  for (const line of lines) {
    const cells = line.split(',');
    const at = (name: string): number => Number(cells[header.indexOf(name)]);
    for (const h of header) if (h.endsWith('_spend')) spend[h.replace(/_spend$/, '')] = (spend[h.replace(/_spend$/, '')] ?? 0) + at(h);
    conversions += at('conversions');
    revenue += at('conversions') * at('revenue_per_conversion');
  }
  return { rows: lines.length, spend, conversions, revenue };
}

/** `actual` is a number within rounding of `expected` (a missing or null value fails). */
const close = (actual: number | null | undefined, expected: number): void => {
  if (typeof actual !== 'number') throw new Error(`expected a number close to ${expected}, found ${String(actual)}`);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(0.01, Math.abs(expected) * 1e-9));
};

/**
 * CSV import from the panel with Google's simulated Meridian weekly channel report: the totals per channel and per
 * KPI equal sums computed independently from the file, spend feeds budget burn without double counting the issues'
 * actual costs, and a corrupted copy is refused as a whole with the line and column of each error.
 */
describeWithMeridian('KPI CSV import (Meridian channel report) through the local host', () => {
  const app = useAppTestHost();
  const csv = existsSync(MERIDIAN) ? readFileSync(MERIDIAN, 'utf8') : '';
  let epicKey: string;
  let keys: Record<string, string>;
  let mapping: PayloadOf<'importKpiCsv'>['mapping'];

  const call = <K extends ResolverName>(fn: K, payload: PayloadOf<K>, accountId = CAMILLE.accountId) =>
    invokeResolver(app.th, accountId, fn, payload, { moduleKey: 'campaign-panel', issueKey: epicKey });
  const importKeys = (): string[] => [
    ...storedKeys(app.th, `kpi-import:${epicKey}:`),
    ...storedKeys(app.th, `kpi-import-active:${epicKey}:`),
  ];

  beforeAll(async () => {
    const window = { windowStart: '2021-01-01', windowEnd: '2024-12-31' };
    const created = await createKpiCampaign(
      app.th,
      'kpi-meridian',
      [
        { kpiId: 'orders', name: 'Orders', unit: 'count', target: 5e10, direction: 'higher_is_better', ...window },
        { kpiId: 'revenue', name: 'Revenue', unit: 'currency', target: 1e9, direction: 'higher_is_better', ...window },
      ],
      // The first task buys media: its actual cost is what imported channel spend supersedes.
      (plan) => ({ ...plan, rows: plan.rows.map((r) => (r.rowId === 'task-1-1' ? { ...r, costCategory: 'media' } : r)) }),
    );
    epicKey = created.epicKey;
    keys = created.keys;
    const fields = await listFields(app.th);
    const actualField = must(
      fields.find((f) => f.schema?.custom?.endsWith('/static/actual-cost')),
      'the actual-cost field',
    ).id;
    for (const [row, amount] of [
      ['task-1-1', 500],
      ['task-1-2', 300],
    ] as const) {
      const res = await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${keys[row]}`, { fields: { [actualField]: amount } });
      expect(res.status).toBe(204);
    }
    await settleTriggers(app.th);
  });

  it('previews the file with a suggested mapping and totals per channel equal to the file’s own sums', async () => {
    const expected = independentTotals(csv);
    const preview = await call('previewKpiImport', { epicKey, csv, fileName: 'meridian-national_all_channels.csv' });
    expect(preview.ok).toBe(true);
    const p = preview.data;
    expect(p.errors).toEqual([]);
    expect(p.dataRows).toBe(expected.rows);
    expect(p.mapping.timeColumn).toBe('time');
    expect(p.mapping.kpis).toEqual([
      { column: 'conversions', kpiId: 'orders' },
      { column: 'conversions', multiplyBy: 'revenue_per_conversion', kpiId: 'revenue' },
    ]);
    expect(p.channels.map((c) => c.channel).sort()).toEqual(Object.keys(expected.spend).sort());
    for (const c of p.channels) {
      expect(c.rows).toBe(expected.rows);
      close(c.total, expected.spend[c.channel]!);
    }
    const kpiValue = (kpiId: string): number => {
      const value = p.kpis.find((k) => k.kpiId === kpiId)?.value;
      if (value === undefined || value === null) throw new Error(`the preview has no value for KPI ${kpiId}`);
      return value;
    };
    close(kpiValue('orders'), expected.conversions);
    close(kpiValue('revenue'), expected.revenue);
    mapping = p.mapping;
  });

  it('refuses people who are not the PM or a project admin', async () => {
    const res = await call('previewKpiImport', { epicKey, csv }, INES.accountId);
    expect(res).toMatchObject({ ok: false, error: { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) } });
  });

  it('imports it: the panel’s KPI actuals and budget burn per channel match the file, without double counting', async () => {
    const expected = independentTotals(csv);
    const res = await call('importKpiCsv', { epicKey, requestId: 'meridian-import-0001', csv, mapping, fileName: 'meridian.csv' });
    expect(res.ok).toBe(true);
    expect(res.data).toMatchObject({ created: true, kpiPoints: 2 * expected.rows, spendPoints: 5 * expected.rows });

    const panel = await panelOf(app.th, CAMILLE.accountId, epicKey);
    const byChannel = new Map(channelsOf(panel).map((c) => [c.channel, c]));
    for (const [channel, total] of Object.entries(expected.spend)) {
      close(byChannel.get(channel)?.actual, total);
      expect(byChannel.get(channel)).toMatchObject({ category: 'media', points: expected.rows, lastDate: '2024-01-15' });
    }
    const spendTotal = Object.values(expected.spend).reduce((a, b) => a + b, 0);
    // The media task's 500 is superseded by the channel spend; the production task's 300 still counts.
    expect(panel.budget.issueActualSuperseded).toBe(500);
    close(panel.budget.actual, spendTotal + 300);
    const category = (name: string) =>
      must(
        panel.budget.byCategory.find((c) => c.category === name),
        `the ${name} category`,
      );
    close(category('media').actual, spendTotal);
    expect(category('production').actual).toBe(300);
    close(
      panel.budget.series.at(-1)?.actualCumulative ??
        panel.budget.series.filter((s) => s.actualCumulative !== null).at(-1)?.actualCumulative,
      spendTotal + 300,
    );

    const orders = kpiOf(panel, 'orders');
    close(orders.actual, expected.conversions);
    expect(orders).toMatchObject({ points: expected.rows, outsideWindow: 0, sources: ['csv'], aggregation: 'total' });
    close(kpiOf(panel, 'revenue').actual, expected.revenue);
  });

  it('imports a request id once, and a re-import of the same report corrects instead of adding up', async () => {
    const expected = independentTotals(csv);
    const again = await call('importKpiCsv', { epicKey, requestId: 'meridian-import-0001', csv, mapping });
    expect(again.data).toMatchObject({ created: false });
    const second = await call('importKpiCsv', { epicKey, requestId: 'meridian-import-0002', csv, mapping });
    expect(second.data).toMatchObject({ created: true });
    const panel = await panelOf(app.th, CAMILLE.accountId, epicKey);
    close(channelsOf(panel).find((c) => c.channel === 'Channel0')?.actual, must(expected.spend.Channel0, 'Channel0 in the file'));
    close(kpiOf(panel, 'orders').actual, expected.conversions);
  });

  it('reports the line and column of every error in a corrupted copy and stores nothing', async () => {
    const lines = csv.trim().split('\n');
    const header = lines[0]!.split(',');
    const set = (line: number, column: string, value: string): void => {
      const cells = lines[line - 1]!.split(',');
      cells[header.indexOf(column)] = value;
      lines[line - 1] = cells.join(',');
    };
    set(5, 'Channel2_spend', 'abc');
    set(10, 'time', '2021-13-40');
    set(30, 'conversions', '');
    set(40, 'time', lines[38]!.split(',')[0]!);
    set(50, 'Channel4_spend', '-12.5');
    set(60, 'revenue_per_conversion', '2e');
    lines[70 - 1] = `${lines[70 - 1]},12`;
    lines[20 - 1] = lines[20 - 1]!.split(',').slice(0, 10).join(',');
    const corrupted = lines.join('\n');

    const before = importKeys();
    const panelBefore = await panelOf(app.th, CAMILLE.accountId, epicKey);
    const preview = await call('previewKpiImport', { epicKey, csv: corrupted, mapping });
    expect(preview.ok).toBe(true);
    expect(preview.data.errors.map((e) => ({ row: e.row, column: e.column }))).toEqual([
      { row: 5, column: 'Channel2_spend' },
      { row: 10, column: 'time' },
      { row: 20, column: 'Channel2_spend' },
      { row: 30, column: 'conversions' },
      { row: 40, column: 'time' },
      { row: 50, column: 'Channel4_spend' },
      { row: 60, column: 'revenue_per_conversion' },
      { row: 70, column: '#18' },
    ]);
    // Camille reads French: each problem is worded in her language, a date of the file in words.
    expect(preview.data.errors[4]).toMatchObject({ code: 'csv.dateRepeats', params: { line: 39 } });
    expect(preview.data.errors[4]!.message).toMatch(/^le \d+(er)? \S+ \d{4} figure déjà ligne 39$/);
    expect(preview.data.errors[0]!.message).toBe('«\u202fabc\u202f» n’est pas un nombre (écrivez-le comme 1234.56)');

    const refused = await call('importKpiCsv', { epicKey, requestId: 'meridian-corrupt-0001', csv: corrupted, mapping });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'csv' } });
    expect(refused.error.message).toBe(
      'csv\u202f: 8\u202fproblèmes, rien n’a été importé\u202f; le premier à la ligne 5, colonne «\u202fChannel2_spend\u202f»\u202f: «\u202fabc\u202f» n’est pas un nombre (écrivez-le comme 1234.56)',
    );
    expect(importKeys()).toEqual(before);
    const panelAfter = await panelOf(app.th, CAMILLE.accountId, epicKey);
    expect(panelAfter.budget.byChannel).toEqual(panelBefore.budget.byChannel);
    expect(panelAfter.kpis).toEqual(panelBefore.kpis);
  });

  it('never shows an import whose write stopped before its summary (parts without the pointer)', async () => {
    const panelBefore = await panelOf(app.th, CAMILLE.accountId, epicKey);
    // What a crash between the parts and the summary leaves behind.
    new KvsStore(app.th.host.db).set('plain', `kpi-import:${epicKey}:half-written-0001:part:0`, {
      kpiPoints: [{ kpiId: 'orders', at: '2022-06-06T00:00:00.000Z', value: 1e9, source: 'crashed' }],
      spendPoints: [{ channel: 'Channel9', category: 'media', date: '2022-06-06', amount: 1e6, source: 'crashed' }],
    });
    const panelAfter = await panelOf(app.th, CAMILLE.accountId, epicKey);
    expect(panelAfter.budget.byChannel).toEqual(panelBefore.budget.byChannel);
    expect(kpiOf(panelAfter, 'orders').actual).toBe(kpiOf(panelBefore, 'orders').actual);
  });
});
