/**
 * `npm run bench:scale`: how many tenants the app serves within Jira's points quotas and Forge's KVS limits.
 * Measures every user action on a demo site through the bench host (this tree's code, "after"), reads the same
 * measurement made on commit f4986ac ("today", bench/baseline-f4986ac.json), and prints both side by side with the
 * usage assumptions. `--measure-only --out FILE` only measures and writes the figures (how the baseline was made).
 * Not a test: it asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { startBenchHost } from '../bench-host';
import { measureActions } from './measure-actions';
import { ACTION_NAMES, DEFAULT_PROFILE, tenantFit, busyHour, hourTotal, type ActionCosts, type TenantFit } from './model';

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
      command: `npx tsx bench/scale/run.ts ${process.argv.slice(2).join(' ')}`.trim(),
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

function printAssumptions(): void {
  const p = DEFAULT_PROFILE;
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
      `    Tier 2 ${edition.padEnd(10)} quota ${int(t.quota)}/h: uses ${pct(t.used)}; fits sites up to ${int(t.largestSiteUsers)} users (every tenant its own quota)`,
    );
  console.log(
    `    KVS per installation: peak minute ${int(fit.kvs.read)} read / ${int(fit.kvs.write)} write units of 4,000 each; fits sites up to ${int(fit.kvs.largestSiteUsers)} users`,
  );
}

function printDrivers(costs: ActionCosts): void {
  const lines = busyHour(costs, DEFAULT_PROFILE, 1 / 24);
  const total = hourTotal(lines).points;
  const rows = lines
    .map((l) => ({ activity: l.activity, points: l.unit.points * l.count }))
    .filter((r) => r.points > 0)
    .sort((a, b) => b.points - a.points);
  for (const r of rows)
    console.log(`    ${pct(total > 0 ? r.points / total : 0).padStart(7)}  ${int(r.points).padStart(7)} pts  ${r.activity}`);
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
  const baselineFile = arg('--baseline') ?? resolve(__dirname, '..', 'baseline-f4986ac.json');
  const today = Measurement.parse(JSON.parse(readFileSync(baselineFile, 'utf8')));
  const after = await measure(quietMs);
  console.log(`Today: commit ${today.commit}, measured ${today.date} (${today.command}, Node ${today.node})`);
  if (today.note) console.log(`  ${today.note}`);
  console.log(`After: this tree (${after.commit}), measured now (${after.date})`);
  console.log(`Measured on: ${JSON.stringify(after.context)}`);
  printActions(today.actions, after.actions);
  printAssumptions();
  console.log('\nTenants that fit:');
  const fitToday = tenantFit(today.actions, DEFAULT_PROFILE);
  const fitAfter = tenantFit(after.actions, DEFAULT_PROFILE);
  printFit(`today (${today.commit})`, fitToday);
  printFit('after (this tree)', fitAfter);
  console.log('\nWhat drives the points of a tenant-hour, today:');
  printDrivers(today.actions);
  console.log('After:');
  printDrivers(after.actions);
  console.log(
    `\nTier 1 ceiling: ${int(fitToday.tier1Tenants)} tenants today, ${int(fitAfter.tier1Tenants)} after ` +
      `(${(fitAfter.tier1Tenants / Math.max(1, fitToday.tier1Tenants)).toFixed(1)}×).`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
