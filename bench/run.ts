/**
 * `npm run bench`: the campaign panel's cost and speed for campaigns of 50, 500 and 5,000 issues seeded into the local
 * host; the network forecast by portfolio size; the portfolio view over 300 campaigns (REST calls, points, KVS reads); the schedule engine on PSPLIB j30. Prints measured numbers only (the "minimum" column is the arithmetic floor for reading n issues).
 * Not a test: it asserts nothing; it is what the issue's targets are read from.
 */
import { resolve } from 'node:path';
import { CAMILLE } from '../local/identity/demo-users';
import { buildCampaignPanel, forecastDeadlines, riskInputOf } from '../src/domain/metrics';
import { CLOCK_SKEW_MS } from '../src/domain/snapshot';
import type { ResultOf } from '../src/contracts/registry';
import { startBenchHost, type Stats } from './bench-host';
import { benchForecastScale } from './forecast-scale';
import { benchPortfolio } from './portfolio-scale';
import { benchPanelPoints } from './panel-points';
import { eachBounded, measure, median, panelBundleGzipKb } from './measure';
import { benchRcpsp } from './rcpsp-j30';
import { seedCampaign } from './seed-campaign';
import { benchSignOffPoints } from './signoff-points';
import { storedCampaign } from './stored-campaign';

const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
/**
 * Calls the first cold load on a fresh site makes whatever the size, besides its pages of 100 issues: the field list,
 * one throughput page, the people list, the project's issue types and the user's grants (each then cached).
 */
const FIXED_CALLS = 5;
const NAIVE_CONCURRENCY = 8;

interface Row {
  n: number;
  cold: Stats;
  warm: Stats;
  naive: Stats;
  minimum: number;
  coldMs: number;
  warmMs: number;
  naiveMs: number;
  heapMb: number;
  rssMb: number;
  computeMs: number;
  /** buildCampaignPanel with the forecast consumer's stored result (what a panel load does). */
  storedMs: number;
  refresh: string;
}

/** How the panel was read (`cold`, `cache`…); `none` when the issue showed no campaign. */
const refreshOf = (panel: ResultOf<'getCampaignPanel'>): string => (panel.mode === 'none' ? 'none' : panel.refresh);

async function benchSize(n: number): Promise<Row> {
  const h = await startBenchHost();
  try {
    const { epicKey, keys } = await seedCampaign(h, n, `bench-${n}`);
    await h.settleTriggers();
    // Seeding is not part of the panel's life: let it age past the change check's clock-skew allowance.
    await new Promise((r) => setTimeout(r, CLOCK_SKEW_MS + 500));

    await h.resetStats();
    const cold = await measure(() => h.invoke('campaign-panel', 'getCampaignPanel', {}, epicKey));
    const coldStats = await h.stats();
    await h.settleTriggers();

    await h.resetStats();
    const warm = await measure(() => h.invoke('campaign-panel', 'getCampaignPanel', {}, epicKey));
    const warmStats = await h.stats();

    // The naive reader: the same ids, then one GET per issue with the same fields.
    const fields = 'summary,status,issuetype,parent,duedate,created,updated,resolutiondate,assignee,issuelinks';
    await h.resetStats();
    const naive = await measure(async () => {
      await h.rest('POST', '/rest/api/3/search/jql', { jql: `parent = ${epicKey} OR key = ${epicKey}`, fields: ['id'], maxResults: 5000 });
      await eachBounded(keys, NAIVE_CONCURRENCY, (key) =>
        h.rest('GET', `/rest/api/3/issue/${key}?fields=${fields}&properties=campaignControlRow`),
      );
    });
    const naiveStats = await h.stats();

    const { record, snapshot, people } = storedCampaign(h.host, epicKey);
    const today = new Date().toISOString().slice(0, 10);
    const times: number[] = [];
    const stored: number[] = [];
    const base = {
      record,
      snapshot,
      today,
      people,
      actingAccountId: CAMILLE.accountId,
      issueKey: epicKey,
      refresh: 'cache' as const,
      dataAsOf: snapshot.refreshedAt,
    };
    // What the forecast consumer stores, once; a panel load then only words it.
    const forecast = forecastDeadlines(riskInputOf(base));
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      buildCampaignPanel(base);
      times.push(performance.now() - started);
      const again = performance.now();
      buildCampaignPanel({ ...base, forecast });
      stored.push(performance.now() - again);
    }
    return {
      n,
      cold: coldStats,
      warm: warmStats,
      naive: naiveStats,
      minimum: Math.ceil(n / 100) + FIXED_CALLS,
      coldMs: cold.ms,
      warmMs: warm.ms,
      naiveMs: naive.ms,
      heapMb: cold.peakHeapDeltaMb,
      rssMb: cold.maxRssMb,
      computeMs: median(times),
      storedMs: median(stored),
      refresh: `${refreshOf(cold.value)}/${refreshOf(warm.value)}`,
    };
  } finally {
    await h.close();
  }
}

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i] ?? 0)).join('  ');
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  for (const n of SIZES) {
    process.stderr.write(`seeding and measuring a ${n}-issue campaign…\n`);
    rows.push(await benchSize(n));
  }
  const header = [
    'issues',
    'cold calls',
    'cold pts',
    'minimum',
    'cold/min',
    'naive calls',
    'naive pts',
    'naive/cold',
    'warm calls',
    'warm pts',
    'cold ms',
    'warm ms',
    'naive ms',
    'heap Δ MB',
    'max RSS MB',
    'compute ms',
    'stored ms',
    'refresh',
  ];
  const widths = header.map((h) => Math.max(h.length, 8));
  const f1 = (x: number): string => x.toFixed(1);
  const f2 = (x: number): string => x.toFixed(2);
  console.log('\nCampaign panel (getCampaignPanel on the epic, as the PM), local host in this process:');
  console.log(pad(header, widths));
  for (const r of rows) {
    console.log(
      pad(
        [
          r.n,
          r.cold.requests,
          r.cold.points,
          r.minimum,
          f2(r.cold.requests / r.minimum),
          r.naive.requests,
          r.naive.points,
          f1(r.naive.requests / r.cold.requests),
          r.warm.requests,
          r.warm.points,
          Math.round(r.coldMs),
          Math.round(r.warmMs),
          Math.round(r.naiveMs),
          f1(r.heapMb),
          Math.round(r.rssMb),
          f1(r.computeMs),
          f1(r.storedMs),
          r.refresh,
        ],
        widths,
      ),
    );
  }
  console.log('\nCold load calls by operation:');
  for (const r of rows)
    console.log(
      `  ${r.n}: ${Object.entries(r.cold.byOperation)
        .map(([op, s]) => `${op} ×${s.requests}`)
        .join(', ')}`,
    );
  console.log('Warm load calls by operation:');
  for (const r of rows)
    console.log(
      `  ${r.n}: ${
        Object.entries(r.warm.byOperation)
          .map(([op, s]) => `${op} ×${s.requests}`)
          .join(', ') || 'none'
      }`,
    );
  const bundle = panelBundleGzipKb(resolve(__dirname, '..'));
  console.log(
    bundle
      ? `\nIssue panel bundle: ${bundle.loadedKb.toFixed(1)} KiB gzipped loaded on open (target ≤ 150), plus ${bundle.lazyFiles} lazy chunk(s) of ${bundle.lazyKb.toFixed(1)} KiB loaded only on demand`
      : '\nIssue panel bundle: not built (npm run build:static)',
  );
  console.log(
    'heap Δ and max RSS include the in-process emulator answering the calls; compute = buildCampaignPanel alone with its Monte Carlo (the forecast consumer’s work), stored = with the stored forecast (a panel load), medians of 5.',
  );
  console.log(`\n${await benchPanelPoints(SIZES)}`);
  console.log(`\n${benchForecastScale()}`);
  process.stderr.write('seeding and measuring the portfolio (300 campaigns, 30,000 issues, 12 projects)…\n');
  console.log(`\n${await benchPortfolio()}`);
  console.log(`\n${await benchSignOffPoints()}`);
  console.log(`\n${await benchRcpsp()}`);
  console.log(`Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
