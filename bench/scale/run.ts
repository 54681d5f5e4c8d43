/**
 * `npm run bench:scale`: how many tenants the app serves within Jira's points quotas and Forge's KVS limits.
 * Measures every user action on a demo site through the bench host (this tree's code, "after"), reads the same
 * measurement made on commit f4986ac ("today", bench/baseline-f4986ac.json), and prints both side by side with the
 * usage assumptions. `--measure-only --out FILE` only measures and writes the figures (how the baseline was made);
 * `--after FILE` prints the comparison from such a file instead of measuring; `--set viewers=60,edits=80` changes
 * the assumed tenant; `--quiet-ms N` how long nobody changes the site before the steady views (default 180 s).
 * Not a test: it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { startBenchHost } from '../bench-host';
import { measureActions } from './measure-actions';
import {
  ACTION_NAMES,
  DEFAULT_PROFILE,
  KVS_READ_UNITS_PER_MINUTE,
  KVS_WRITE_UNITS_PER_MINUTE,
  TIER2_CAP,
  busyHour,
  hourTotal,
  tenantFit,
  tier2Quota,
  type ActionCosts,
  type Edition,
  type TenantFit,
  type TenantProfile,
} from './model';

const Cost = z.object({
  points: z.number(),
  requests: z.number(),
  kvsRequests: z.number(),
  kvsReadUnits: z.number(),
  kvsWriteUnits: z.number(),
});
const Measurement = z.object({
  commit: z.string(),
  /** What was added to that commit to measure it (the baseline: these bench files and the KVS unit counter). */
  note: z.string().optional(),
  date: z.string(),
  command: z.string(),
  node: z.string(),
  quietMs: z.number(),
  context: z.record(z.union([z.number(), z.string()])),
  operations: z.record(z.array(z.string())).default({}),
  actions: z.object(Object.fromEntries(ACTION_NAMES.map((n) => [n, Cost])) as Record<(typeof ACTION_NAMES)[number], typeof Cost>),
});
type Measurement = z.infer<typeof Measurement>;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** `--set viewers=60,edits=80`: the assumed tenant with some numbers changed (names of TenantProfile). */
function profileFromArgs(): TenantProfile {
  const p: TenantProfile = { ...DEFAULT_PROFILE };
  for (const pair of (arg('--set') ?? '').split(',').filter(Boolean)) {
    const [name = '', raw = ''] = pair.split('=');
    const value = Number(raw);
    if (!(name in p) || !Number.isFinite(value) || value < 0)
      throw new Error(`--set ${pair}: expected one of ${Object.keys(p).join(', ')} = a number ≥ 0`);
    p[name as keyof TenantProfile] = value;
  }
  return p;
}

function commitOfTree(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: resolve(__dirname, '..', '..') })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: resolve(__dirname, '..', '..') })
      .toString()
      .trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

async function measure(quietMs: number): Promise<Measurement> {
  const h = await startBenchHost();
  try {
    const { actions, context, operations } = await measureActions(h, { quietMs, log });
    return {
      commit: commitOfTree(),
      ...(arg('--note') ? { note: arg('--note') } : {}),
      date: new Date().toISOString(),
      command: [
        'npx tsx bench/scale/run.ts',
        ...process.argv.slice(2).map((a) => (/[\s'"]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a)),
      ].join(' '),
      node: process.version,
      quietMs,
      context,
      actions,
      operations,
    };
  } finally {
    await h.close();
  }
}

const pad = (cells: (string | number)[], widths: number[]): string =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[0] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
const int = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'unbounded');
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function printActions(today: ActionCosts, after: ActionCosts): void {
  const widths = [20, 10, 10, 9, 9, 11, 11];
  console.log('\nMeasured per action (points = Jira quota points the app spent; KVS in 10 KB units, reads / writes):');
  console.log(pad(['action', 'pts today', 'pts after', 'calls t.', 'calls a.', 'KVS today', 'KVS after'], widths));
  for (const n of ACTION_NAMES) {
    const t = today[n];
    const a = after[n];
    console.log(
      pad(
        [n, t.points, a.points, t.requests, a.requests, `${t.kvsReadUnits}/${t.kvsWriteUnits}`, `${a.kvsReadUnits}/${a.kvsWriteUnits}`],
        widths,
      ),
    );
  }
}

function printAssumptions(p: TenantProfile): void {
  console.log('\nAssumed tenant in its busiest hour (a mid-size marketing team; campaign-scenarios.md: 3–5 gates of 1–3 approvers,');
  console.log('spans of 70–330 days, so about 6 campaigns under way at once):');
  console.log(
    `  ${p.siteUsers} Jira site users; ${p.pms} PMs, ${p.approvers} approvers, ${p.viewers} viewers; ${p.activeCampaigns} active campaigns\n` +
      `  panel views per hour: ${p.panelViewsPerPm} per PM, ${p.panelViewsPerApprover} per approver, ${p.panelViewsPerViewer} per viewer ` +
      `(each = getCampaignPanel + getSignOff, as the issue panel does)\n` +
      `  ${p.edits} edits of campaign issues and ${p.decisions} sign-off decisions per hour; ${p.portfolioViewsPerPm} portfolio views per PM; ` +
      `${p.kpiPushesPerCampaign} KPI push per campaign per hour\n` +
      `  ${p.creationsPerWeek} campaign creation a week (over ${p.businessHoursPerWeek} business hours); one reminder run a day ` +
      `(whole in the tenant's own busy hour, 1/24 of it in the shared pool)\n` +
      `  views within ${p.recentWindowMinutes} min of a change pay the "recent" view; the busiest KVS minute is ${p.kvsPeakMinuteFactor}× the hour's average, ` +
      'plus a whole creation or reminder run\n' +
      '  Tier 1: every tenant in its busy hour at once (one region; the worst case of the shared pool).',
  );
}

function printFit(label: string, fit: TenantFit): void {
  console.log(`  ${label}:`);
  console.log(
    `    points per tenant-hour: ${int(fit.pointsSharedPool)} (shared pool), ${int(fit.pointsOwnHour)} (own quota, with the reminder run)`,
  );
  console.log(`    Tier 1 (65,000 points/hour shared by all tenants): ${int(fit.tier1Tenants)} tenants`);
  for (const [edition, t] of Object.entries(fit.tier2))
    console.log(
      `    Tier 2 ${edition.padEnd(10)} quota ${int(t.quota)}/h: uses ${pct(t.used)}; fits sites up to ${int(t.largestSiteUsers)} users` +
        (tier2Quota(edition as Edition, t.largestSiteUsers) >= TIER2_CAP ? ' (quota capped at 500,000 there)' : ''),
    );
  console.log(
    `    KVS per installation: peak minute ${int(fit.kvs.read)} read / ${int(fit.kvs.write)} write units of 4,000 each; fits sites up to ${int(fit.kvs.largestSiteUsers)} users`,
  );
}

/** The activities of the busy hour by their share of `metric` (points, or KVS read units), largest first. */
function printDrivers(costs: ActionCosts, p: TenantProfile, metric: 'points' | 'kvsReadUnits' | 'kvsWriteUnits', top = 12): void {
  const lines = busyHour(costs, p, 1 / 24);
  const total = hourTotal(lines)[metric];
  const rows = lines
    .map((l) => ({ activity: l.activity, value: l.unit[metric] * l.count }))
    .filter((r) => r.value > 0)
    .sort((x, y) => y.value - x.value)
    .slice(0, top);
  const unit = { points: 'pts', kvsReadUnits: 'KVS read units', kvsWriteUnits: 'KVS write units' }[metric];
  for (const r of rows)
    console.log(`    ${pct(total > 0 ? r.value / total : 0).padStart(7)}  ${int(r.value).padStart(7)} ${unit}  ${r.activity}`);
}

async function main(): Promise<void> {
  const quietMs = Number(arg('--quiet-ms') ?? process.env.SCALE_QUIET_MS ?? 180_000);
  if (process.argv.includes('--measure-only')) {
    const out = arg('--out');
    if (!out) throw new Error('--measure-only needs --out FILE');
    const m = await measure(quietMs);
    writeFileSync(out, `${JSON.stringify(m, null, 2)}\n`);
    log(`wrote ${out}`);
    return;
  }
  const profile = profileFromArgs();
  const baselineFile = arg('--baseline') ?? resolve(__dirname, '..', 'baseline-f4986ac.json');
  const today = Measurement.parse(JSON.parse(readFileSync(baselineFile, 'utf8')));
  const afterFile = arg('--after');
  const after = afterFile ? Measurement.parse(JSON.parse(readFileSync(afterFile, 'utf8'))) : await measure(quietMs);
  console.log(`Today: commit ${today.commit}, measured ${today.date} (${today.command}, Node ${today.node})`);
  if (today.note) console.log(`  ${today.note}`);
  console.log(`After: ${afterFile ? `${afterFile}, commit` : 'this tree,'} ${after.commit}, measured ${after.date}`);
  console.log(`Measured on: ${JSON.stringify(after.context)}`);
  printActions(today.actions, after.actions);
  printAssumptions(profile);
  console.log('\nTenants that fit (Tier 2 and KVS are per tenant: any number of tenants fits while each stays under its own limits;');
  console.log('"fits sites up to" scales every person and activity above with the site\'s users):');
  const fitToday = tenantFit(today.actions, profile);
  const fitAfter = tenantFit(after.actions, profile);
  printFit(`today (${today.commit})`, fitToday);
  printFit('after (this tree)', fitAfter);
  for (const [label, costs, fit] of [
    ['today', today.actions, fitToday],
    ['after', after.actions, fitAfter],
  ] as const) {
    console.log(`\nWhat drives a tenant-hour, ${label}: points`);
    printDrivers(costs, profile, 'points');
    const kvsMetric =
      fit.kvs.read / KVS_READ_UNITS_PER_MINUTE >= fit.kvs.write / KVS_WRITE_UNITS_PER_MINUTE ? 'kvsReadUnits' : 'kvsWriteUnits';
    console.log(`  ${kvsMetric === 'kvsReadUnits' ? 'KVS reads' : 'KVS writes'} (the KVS limit nearer its 4,000 a minute):`);
    printDrivers(costs, profile, kvsMetric, 4);
  }
  const ratio = (a: number, b: number): string =>
    Number.isFinite(a) && Number.isFinite(b) ? ` (${(a / Math.max(1, b)).toFixed(1)}×)` : '';
  console.log(
    `\nTier 1 ceiling: ${int(fitToday.tier1Tenants)} tenants today, ${int(fitAfter.tier1Tenants)} after${ratio(fitAfter.tier1Tenants, fitToday.tier1Tenants)}. ` +
      `Tier 2 Standard fits sites up to ${int(fitToday.tier2.Standard.largestSiteUsers)} users today, ${int(fitAfter.tier2.Standard.largestSiteUsers)} after; ` +
      `KVS per installation up to ${int(fitToday.kvs.largestSiteUsers)} users today, ${int(fitAfter.kvs.largestSiteUsers)} after.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
