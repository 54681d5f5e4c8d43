/**
 * Points per user action and per trigger run, each beside its floor (README, Performance): the campaign panel cold,
 * warm and after one edited issue for campaigns of 50, 500 and 5,000 issues; the creation of a 60-item campaign; a
 * portfolio view; a KPI push. Every figure is read from the host's `/local/stats`, which bills each REST request to
 * the invocation that made it. Not a test: it asserts nothing.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { KvsStore } from '../local/forge/kvs/kvs-store';
import { actionKeyOf, type StatsSnapshot } from '../local/server/stats';
import { plannedLinks } from '../src/domain/creation/links';
import { CampaignPlan } from '../src/domain/model';
import { shardOf, SnapshotMeta, SnapshotShard } from '../src/domain/snapshot';
import { CHANGE_CHECK_EVERY_MINUTES } from '../src/usecases/panel/load-campaign';
import { CAMILLE } from '../local/identity/demo-users';
import { startBenchHost, type BenchHost } from './bench-host';
import { countKvsReads } from './portfolio-scale';
import { seedCampaign } from './seed-campaign';

const WARM_VIEWS = 20;
const CREATED_ITEMS = 60;
/** Jira's bulk create takes at most 50 issues a request. */
const BULK_CREATE = 50;
const PAGE = 100;

interface Figure {
  name: string;
  points: number;
  calls: number;
  floor: number;
  /** What the floor counts, in a few words. */
  why: string;
  target?: string;
  /** App storage read per run, in Forge's 10 KB units (the KVS limit is per installation and minute). */
  kvsUnits?: number;
}

const StatsAnswer = z.custom<StatsSnapshot>((v) => typeof v === 'object' && v !== null && 'invocations' in v);

async function fullStats(h: BenchHost): Promise<StatsSnapshot> {
  const res = await fetch(`${h.host.baseUrl}/local/stats`);
  return StatsAnswer.parse(await res.json());
}

const VIEW = actionKeyOf({ kind: 'resolver', moduleKey: 'campaign-panel', functionKey: 'getCampaignPanel', accountId: CAMILLE.accountId });
const sumOf = (s: StatsSnapshot, key: string): { points: number; calls: number; count: number } => {
  const runs = s.invocations.filter((i) => actionKeyOf(i) === key);
  return { points: runs.reduce((t, i) => t + i.points, 0), calls: runs.reduce((t, i) => t + i.requests, 0), count: runs.length };
};
/** Everything the app's invocations did (resolvers, consumers, triggers), not the bench's own REST calls. */
const appTotal = (s: StatsSnapshot): { points: number; calls: number } => ({
  points: s.points - s.unattributed.points,
  calls: s.requests - s.unattributed.requests,
});
const readFloor = (n: number): number => n + Math.ceil(n / PAGE);

/** Jira's `updated` stamps of the campaign moved an hour back: a campaign that exists for a while, not one just made. */
function ageCampaign(h: BenchHost, epicKey: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  h.host.db
    .prepare('UPDATE jira_issues SET updated = ? WHERE key = ? OR parent_id = (SELECT id FROM jira_issues WHERE key = ?)')
    .run(hourAgo, epicKey, epicKey);
}

/** The snapshot's last change check moved back past the interval, as if minutes had passed since. */
function ageChangeCheck(h: BenchHost, epicKey: string): void {
  const kvs = new KvsStore(h.host.db);
  const meta = SnapshotMeta.parse(kvs.get('plain', `snapshot:${epicKey}:meta`)?.value);
  const past = new Date(Date.parse(meta.refreshedAt) - (CHANGE_CHECK_EVERY_MINUTES * 60_000 + 1000)).toISOString();
  kvs.set('plain', `snapshot:${epicKey}:meta`, { ...meta, refreshedAt: past });
}

/** The stored copy of `key` made to miss its last edit, as if the event had been lost. */
function loseEdit(h: BenchHost, epicKey: string, key: string, actualCost: number | null): void {
  const kvs = new KvsStore(h.host.db);
  const meta = SnapshotMeta.parse(kvs.get('plain', `snapshot:${epicKey}:meta`)?.value);
  const partKey = `snapshot:${epicKey}:part:${shardOf(key, meta.shardCount)}`;
  const shard = SnapshotShard.parse(kvs.get('plain', partKey)?.value);
  const issue = shard.issues.find((i) => i.key === key);
  if (!issue) throw new Error(`${key} is not in its stored shard`);
  Object.assign(issue, { actualCost, updated: new Date(Date.now() - 3_600_000).toISOString() });
  kvs.set('plain', partKey, shard);
}

const Fields = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));

async function panelFigures(n: number, extras: boolean): Promise<Figure[]> {
  const h = await startBenchHost();
  try {
    const { epicKey, keys } = await seedCampaign(h, n, `points-${n}`);
    await h.settleTriggers();
    ageCampaign(h, epicKey);
    const view = (payload: { refresh?: boolean } = {}) => h.invoke('campaign-panel', 'getCampaignPanel', payload, epicKey);
    const figures: Figure[] = [];

    await h.resetStats();
    await view();
    const firstView = sumOf(await fullStats(h), VIEW);
    await h.resetStats();
    await view({ refresh: true });
    const reRead = sumOf(await fullStats(h), VIEW);
    figures.push({
      name: `panel cold, first view (${n})`,
      ...firstView,
      floor: readFloor(n),
      why: `n + ⌈n/100⌉; +${firstView.points - reRead.points} pts fill site caches`,
    });
    figures.push({ name: `panel cold re-read (${n})`, ...reRead, floor: readFloor(n), why: 'n + ⌈n/100⌉', target: '≤ 1.05×' });

    await h.resetStats();
    const kvs = countKvsReads();
    try {
      for (let i = 0; i < WARM_VIEWS; i++) await view();
      ageChangeCheck(h, epicKey);
      await view();
    } finally {
      kvs.restore();
    }
    const warm = sumOf(await fullStats(h), VIEW);
    figures.push({
      kvsUnits: kvs.read().units / warm.count,
      name: `panel warm, avg of ${warm.count} (${n})`,
      points: warm.points / warm.count,
      calls: warm.calls / warm.count,
      floor: 1 / warm.count,
      why: `one 1-pt check per ${CHANGE_CHECK_EVERY_MINUTES} min`,
      target: '≤ 2 pts',
    });

    const fields = Fields.parse(await h.rest('GET', '/rest/api/3/field'));
    const actual = fields.find((f) => f.schema?.custom?.endsWith('/static/actual-cost'))?.id;
    if (!actual) throw new Error('the site has no actual cost field');
    const task = keys.find((k) => k !== epicKey) ?? epicKey;
    await h.resetStats();
    await h.rest('PUT', `/rest/api/3/issue/${task}`, { fields: { [actual]: 4321 } });
    await h.settleTriggers();
    await view();
    const edited = await fullStats(h);
    const triggerRuns = edited.invocations.filter((i) => i.kind === 'trigger' && i.moduleKey === 'campaign-snapshot-events');
    const editView = sumOf(edited, VIEW);
    figures.push({
      name: `after one edit, event (${n})`,
      points: triggerRuns.reduce((t, i) => t + i.points, 0) + editView.points,
      calls: triggerRuns.reduce((t, i) => t + i.requests, 0) + editView.calls,
      floor: 2,
      why: '1 changed object + 1 request',
      target: '= floor',
    });

    await h.rest('PUT', `/rest/api/3/issue/${task}`, { fields: { [actual]: 5432 } });
    await h.settleTriggers();
    loseEdit(h, epicKey, task, 4321);
    ageChangeCheck(h, epicKey);
    await h.resetStats();
    await view();
    figures.push({
      name: `after one edit, event lost (${n})`,
      ...sumOf(await fullStats(h), VIEW),
      floor: 2,
      why: '1 changed object + 1 request',
      target: '= floor',
    });

    if (extras) {
      await h.resetStats();
      await h.invoke('campaign-planner', 'getPortfolio', {});
      const portfolio = appTotal(await fullStats(h));
      figures.push({ name: 'portfolio view', ...portfolio, floor: 1, why: 'one permission check', target: '≤ 10 pts' });
      figures.push(await kpiPush(h, epicKey));
    }
    return figures;
  } finally {
    await h.close();
  }
}

/** One KPI point pushed to the web trigger: app storage only, no Jira call. */
async function kpiPush(h: BenchHost, epicKey: string): Promise<Figure> {
  const plan = CampaignPlan.parse(
    (new KvsStore(h.host.db).get('plain', `campaign:${epicKey}`)?.value as { plan?: unknown } | undefined)?.plan,
  );
  const kpi = plan.kpis[0];
  if (!kpi) return { name: 'KPI push (no KPI in the plan)', points: 0, calls: 0, floor: 0, why: 'storage only' };
  const connector = await h.invoke('campaign-panel', 'getKpiConnector', { epicKey }, epicKey);
  const body = JSON.stringify({ campaign: epicKey, kpi: kpi.kpiId, value: 10, at: new Date().toISOString(), source: 'bench' });
  const signature = `sha256=${createHmac('sha256', connector.secret).update(body).digest('hex')}`;
  await h.resetStats();
  const res = await fetch(connector.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [connector.signatureHeader]: signature },
    body,
  });
  const s = await fullStats(h);
  const push = s.invocations.filter((i) => i.kind === 'webtrigger');
  return {
    name: `KPI push (HTTP ${res.status})`,
    points: push.reduce((t, i) => t + i.points, 0),
    calls: push.reduce((t, i) => t + i.requests, 0),
    floor: 0,
    why: 'app storage only',
    target: 'no Jira call',
  };
}

/** The app's creation job making a campaign of CREATED_ITEMS issues, with everything it triggers. */
async function creationFigure(): Promise<Figure> {
  const h = await startBenchHost();
  try {
    await h.resetStats();
    const { plan } = await seedCampaign(h, CREATED_ITEMS, 'points-create');
    await h.settleTriggers();
    const total = appTotal(await fullStats(h));
    const items = plan.rows.length + 1;
    const links = plannedLinks(CampaignPlan.parse(plan)).length;
    return {
      name: `creation of ${items} items`,
      ...total,
      floor: 1 + Math.ceil((items - 1) / BULK_CREATE) + links,
      why: `writes: epic + ⌈${items - 1}/50⌉ bulk creates + ${links} links, 1 request each`,
    };
  } finally {
    await h.close();
  }
}

const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** The table: each figure beside its floor and their ratio. */
export async function benchPanelPoints(sizes: readonly number[]): Promise<string> {
  const figures: Figure[] = [];
  for (const [i, n] of sizes.entries()) {
    process.stderr.write(`points: seeding and measuring a ${n}-issue campaign…\n`);
    figures.push(...(await panelFigures(n, i === 0)));
  }
  process.stderr.write(`points: creating a ${CREATED_ITEMS}-item campaign…\n`);
  figures.push(await creationFigure());
  const header = ['figure', 'points', 'calls', 'floor', 'ratio', 'target', 'floor counts', 'KVS read units'];
  const rows = figures.map((f) => [
    f.name,
    num(f.points),
    num(f.calls),
    num(f.floor),
    f.floor > 0 ? (f.points / f.floor).toFixed(2) : f.points === 0 ? '—' : '∞',
    f.target ?? '',
    f.why,
    f.kvsUnits === undefined ? '' : f.kvsUnits.toFixed(1),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    'Jira points per action, from /local/stats (each REST request billed to the invocation that made it):',
    line(header),
    ...rows.map(line),
    `Warm = ${WARM_VIEWS} views from the epic's panel with nothing changed, then one after the ${CHANGE_CHECK_EVERY_MINUTES}-minute change check is due; campaigns aged an hour (Jira stamps) so the check lists only later edits.`,
  ].join('\n');
}
