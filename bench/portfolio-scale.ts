import { KvsStore } from '../local/forge/kvs/kvs-store';
import { CAMILLE } from '../local/identity/demo-users';
import { PortfolioRollup, indexEntryOf } from '../src/domain/portfolio/rollup';
import { SnapshotMeta } from '../src/domain/snapshot';
import { startBenchHost } from './bench-host';
import { measure, median } from './measure';
import { seedCampaign } from './seed-campaign';

const CAMPAIGNS = Number(process.env.BENCH_PORTFOLIO_CAMPAIGNS ?? 300);
const ISSUES_PER_CAMPAIGN = 100;
const PROJECTS = 12;
const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
/** Forge counts KVS reads in 10 KB units: 4,000 a minute per installation. */
const READ_UNIT_BYTES = 10 * 1024;
const KVS_READ_UNITS_PER_MINUTE = 4000;

interface KvsCount {
  requests: number;
  items: number;
  bytes: number;
  units: number;
}

/** Counts the KVS reads of the app (the host runs in this process): each get or query page is one request. */
function countKvsReads(): { reset(): void; read(): KvsCount; restore(): void } {
  const proto = KvsStore.prototype;
  // Kept with their prototype's `this` (called back with `.call(this, …)` below and put back afterwards).
  const get = Object.getOwnPropertyDescriptor(proto, 'get')?.value as KvsStore['get'];
  const beginsWith = Object.getOwnPropertyDescriptor(proto, 'beginsWith')?.value as KvsStore['beginsWith'];
  let c: KvsCount = { requests: 0, items: 0, bytes: 0, units: 0 };
  const add = (values: readonly unknown[]): void => {
    const bytes = values.reduce<number>((s, v) => s + Buffer.byteLength(JSON.stringify(v ?? null)), 0);
    c = {
      requests: c.requests + 1,
      items: c.items + values.length,
      bytes: c.bytes + bytes,
      units: c.units + Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES)),
    };
  };
  proto.get = function (this: KvsStore, space, key) {
    const found = get.call(this, space, key);
    add(found ? [found.value] : []);
    return found;
  };
  proto.beginsWith = function (this: KvsStore, space, prefix, limit, after) {
    const page = beginsWith.call(this, space, prefix, limit, after);
    add(page.items.map((i) => i.value));
    return page;
  };
  return {
    reset: () => (c = { requests: 0, items: 0, bytes: 0, units: 0 }),
    read: () => c,
    restore: () => {
      proto.get = get;
      proto.beginsWith = beginsWith;
    },
  };
}

/**
 * The portfolio at scale (issue 16): 300 campaigns of 100 issues in 12 projects. One campaign is real (created by the
 * app's creation job, its 100 issues in Jira, its panel opened so its roll-up is the panel's); the 299 others are
 * seeded straight into app storage as copies of it (roll-up, index entry and the 100-issue snapshot each, so storage
 * holds 30,000 issues), spread over 12 projects the PM may browse and three currencies. Creating 30,000 issues through
 * the emulator takes minutes and changes nothing here: the portfolio never reads campaign issues from Jira.
 */
export async function benchPortfolio(): Promise<string> {
  const h = await startBenchHost();
  const counter = countKvsReads();
  try {
    const { epicKey } = await seedCampaign(h, ISSUES_PER_CAMPAIGN, 'pf-bench');
    await h.invoke('campaign-panel', 'getCampaignPanel', {}, epicKey);
    await h.settleTriggers();
    const db = h.host.db;
    const kvs = new KvsStore(db);
    const real = PortfolioRollup.parse(kvs.get('plain', `pf:r:MKT:${epicKey}`)?.value);
    const meta = SnapshotMeta.parse(kvs.get('plain', `snapshot:${epicKey}:meta`)?.value);
    const parts = Array.from({ length: meta.shardCount }, (_, n) =>
      JSON.stringify(kvs.get('plain', `snapshot:${epicKey}:part:${n}`)?.value),
    );

    const projects = [
      { id: '10000', key: 'MKT' },
      { id: '10001', key: 'EVT' },
      ...Array.from({ length: PROJECTS - 2 }, (_, i) => ({ id: String(10002 + i), key: `PF${String(i + 1).padStart(2, '0')}` })),
    ];
    for (const p of projects.slice(2)) {
      db.prepare(
        `INSERT OR IGNORE INTO jira_projects (id, key, name, project_type_key, description, lead_account_id) VALUES (?, ?, ?, 'business', '', ?)`,
      ).run(p.id, p.key, `Bench ${p.key}`, CAMILLE.accountId);
      db.prepare("INSERT OR IGNORE INTO grants (product, container, account_id, permission) VALUES ('jira', ?, ?, 'BROWSE_PROJECTS')").run(
        p.key,
        CAMILLE.accountId,
      );
    }
    db.transaction(() => {
      for (let i = 1; i < CAMPAIGNS; i++) {
        const p = projects[i % PROJECTS] ?? projects[0];
        if (!p) throw new Error('no project');
        const key = `${p.key}-${9000 + i}`;
        const currency = CURRENCIES[i % CURRENCIES.length] ?? 'EUR';
        const launch = new Date(Date.UTC(2027, i % 12, 1 + (i % 27))).toISOString().slice(0, 10);
        const rollup: PortfolioRollup = {
          ...real,
          epicKey: key,
          name: `${real.name} ${i}`,
          projectKey: p.key,
          projectId: p.id,
          launchDate: launch,
          budget: { amount: real.budget.amount + i * 1000, currency },
        };
        kvs.set('plain', `pf:r:${p.key}:${key}`, rollup);
        kvs.set('plain', `pf:i:${key}`, indexEntryOf(rollup));
        kvs.set('plain', `snapshot:${key}:meta`, { ...meta, epicKey: key });
        parts.forEach((text, n) => kvs.set('plain', `snapshot:${key}:part:${n}`, JSON.parse(text.split(epicKey).join(key)) as unknown));
      }
    })();

    await h.resetStats();
    counter.reset();
    const cold = await measure(() => h.invoke('campaign-planner', 'getPortfolio', { refresh: true }));
    const coldStats = await h.stats();
    const coldKvs = counter.read();
    await h.resetStats();
    counter.reset();
    const warm = await measure(() => h.invoke('campaign-planner', 'getPortfolio', {}));
    const warmStats = await h.stats();
    const warmKvs = counter.read();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await measure(() => h.invoke('campaign-planner', 'getPortfolio', { refresh: true }))).ms);

    const ops = (s: typeof coldStats): string =>
      Object.entries(s.byOperation)
        .map(([op, x]) => `${op} ×${x.requests} (${x.points} pts)`)
        .join(', ') || 'none';
    const kvsLine = (k: KvsCount): string =>
      `${k.requests} requests, ${k.items} values, ${(k.bytes / 1024).toFixed(1)} KiB, ${k.units} read units (${((100 * k.units) / KVS_READ_UNITS_PER_MINUTE).toFixed(1)} % of ${KVS_READ_UNITS_PER_MINUTE}/min)`;
    return [
      `Portfolio (getPortfolio as the PM): ${cold.value.campaigns.length} campaigns visible of ${CAMPAIGNS}, ${CAMPAIGNS * ISSUES_PER_CAMPAIGN} issues in storage, ${cold.value.visibleProjects.length} projects, totals in ${cold.value.totals.map((t) => t.currency).join('/')}`,
      `  seeding: 1 campaign of ${ISSUES_PER_CAMPAIGN} issues created through the app and Jira REST; ${CAMPAIGNS - 1} copies of its roll-up, index entry and snapshot written straight into the host's KVS`,
      `  REST per view:        ${coldStats.requests} calls, ${coldStats.points} points (floor: 1 call, the permission check; target ≤ 3 calls, ≤ 10 points): ${ops(coldStats)}`,
      `  REST within a minute: ${warmStats.requests} calls, ${warmStats.points} points (the permission answer is reused): ${ops(warmStats)}`,
      `  resolver time:        first ${Math.round(cold.ms)} ms, cached ${Math.round(warm.ms)} ms, median of 5 with the check ${Math.round(median(times))} ms (target < 1,000 ms)`,
      `  KVS per view:         ${kvsLine(coldKvs)}`,
      `  KVS within a minute:  ${kvsLine(warmKvs)}`,
    ].join('\n');
  } finally {
    counter.restore();
    await h.close();
  }
}
