import { KvsStore } from '../local/forge/kvs/kvs-store';
import { CAMILLE } from '../local/identity/demo-users';
import { PortfolioRollup, indexEntryOf } from '../src/domain/portfolio/rollup';
import { CampaignRecord } from '../src/domain/model';
import { CampaignWorkload } from '../src/domain/portfolio/workload';
import { SnapshotMeta } from '../src/domain/snapshot';
import { startBenchHost } from './bench-host';
import { measure, median } from './measure';
import { seedCampaign } from './seed-campaign';

const CAMPAIGNS = Number(process.env.BENCH_PORTFOLIO_CAMPAIGNS ?? 300);
const ISSUES_PER_CAMPAIGN = 100;
const PROJECTS = 12;
const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
/** Audiences and channels spread over the copies, so launches collide as they would in a real portfolio. */
const AUDIENCES = [['prospects'], ['existing-customers'], ['students', 'prospects'], ['partners']];
const CHANNELS = [['email'], ['social'], ['paid-search', 'email'], ['webinar']];
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
export function countKvsReads(): { reset(): void; read(): KvsCount; restore(): void } {
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
    const record = CampaignRecord.parse(kvs.get('plain', `campaign:${epicKey}`)?.value);
    const workload = CampaignWorkload.parse(kvs.get('plain', `pf:w:${epicKey}`)?.value);
    // The real campaign launches in a year: its copies' work is moved so each one's falls within the next 12 weeks
    // (copy i by i % 10 weeks), as a portfolio of running campaigns has it, or the heatmap would show nobody.
    const firstDue = workload.tasks.reduce((min, t) => (t[4] < min ? t[4] : min), '9999-12-31');
    const shift = (iso: string | null, days: number): string | null =>
      iso === null ? null : new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const toToday = Math.round((Date.now() - Date.parse(`${firstDue}T00:00:00Z`)) / 86_400_000);
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
          audiences: AUDIENCES[i % AUDIENCES.length] ?? [],
          channels: CHANNELS[i % CHANNELS.length] ?? [],
        };
        kvs.set('plain', `pf:r:${p.key}:${key}`, rollup);
        kvs.set('plain', `pf:i:${key}`, indexEntryOf(rollup));
        kvs.set('plain', `snapshot:${key}:meta`, { ...meta, epicKey: key });
        kvs.set('plain', `campaign:${key}`, {
          ...record,
          epicKey: key,
          requestId: `bench-${key}`,
          plan: { ...record.plan, projectKey: p.key },
        });
        const days = toToday + 7 * (i % 10);
        kvs.set('plain', `pf:w:${key}`, {
          ...workload,
          epicKey: key,
          projectKey: p.key,
          tasks: workload.tasks.map(([k, name, at, start, due, work]) => [
            k.split(epicKey).join(key),
            name,
            at,
            shift(start, days),
            shift(due, days) ?? due,
            work,
          ]),
        });
        parts.forEach((text, n) => kvs.set('plain', `snapshot:${key}:part:${n}`, JSON.parse(text.split(epicKey).join(key)) as unknown));
      }
    })();

    const kvsLine = (k: KvsCount): string =>
      `${k.requests} requests, ${k.items} values, ${(k.bytes / 1024).toFixed(1)} KiB, ${k.units} read units (${((100 * k.units) / KVS_READ_UNITS_PER_MINUTE).toFixed(1)} % of ${KVS_READ_UNITS_PER_MINUTE}/min)`;
    const ops = (s: Awaited<ReturnType<typeof h.stats>>): string =>
      Object.entries(s.byOperation)
        .map(([op, x]) => `${op} ×${x.requests} (${x.points} pts)`)
        .join(', ') || 'none';

    /** One view measured like the portfolio: the first call (asking Jira), one within the minute, five more asking again. */
    async function view<T>(call: (refresh: boolean) => Promise<T>): Promise<{ value: T; lines: string[] }> {
      await h.resetStats();
      counter.reset();
      const cold = await measure(() => call(true));
      const coldStats = await h.stats();
      const coldKvs = counter.read();
      await h.resetStats();
      counter.reset();
      const warm = await measure(() => call(false));
      const warmStats = await h.stats();
      const warmKvs = counter.read();
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await measure(() => call(true))).ms);
      return {
        value: cold.value,
        lines: [
          `  REST per view:        ${coldStats.requests} calls, ${coldStats.points} points (floor: 1 call, the permission check; target ≤ 3 calls, ≤ 10 points): ${ops(coldStats)}`,
          `  REST within a minute: ${warmStats.requests} calls, ${warmStats.points} points (the permission answer is reused): ${ops(warmStats)}`,
          `  resolver time:        first ${Math.round(cold.ms)} ms, cached ${Math.round(warm.ms)} ms, median of 5 with the check ${Math.round(median(times))} ms (target < 1,000 ms)`,
          `  KVS per view:         ${kvsLine(coldKvs)}`,
          `  KVS within a minute:  ${kvsLine(warmKvs)}`,
        ],
      };
    }

    const portfolio = await view((refresh) => h.invoke('campaign-planner', 'getPortfolio', refresh ? { refresh } : {}));
    const collisions = await view((refresh) => h.invoke('campaign-planner', 'getCollisions', refresh ? { refresh } : {}));
    const capacity = await view((refresh) => h.invoke('campaign-planner', 'getPortfolioCapacity', refresh ? { refresh } : {}));
    const busiest = [...capacity.value.people].sort(
      (a, b) => b.weeks.reduce((s, w) => s + w.demandDays, 0) - a.weeks.reduce((s, w) => s + w.demandDays, 0),
    )[0];
    const person = busiest
      ? await view((refresh) =>
          h.invoke('campaign-planner', 'getPortfolioCapacity', { accountIds: [busiest.accountId], ...(refresh ? { refresh } : {}) }),
        )
      : undefined;
    const kinds = new Map<string, number>();
    for (const c of collisions.value.collisions) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const over = capacity.value.people.reduce((n, p) => n + p.weeks.filter((w) => w.level === 'over').length, 0);
    const p = portfolio.value;
    const kib = (value: unknown): string => (Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(0);
    return [
      `Portfolio (getPortfolio as the PM): ${p.campaigns.length} campaigns visible of ${CAMPAIGNS}, ${CAMPAIGNS * ISSUES_PER_CAMPAIGN} issues in storage, ${p.visibleProjects.length} projects, totals in ${p.totals.map((t) => t.currency).join('/')}`,
      `  seeding: 1 campaign of ${ISSUES_PER_CAMPAIGN} issues created through the app and Jira REST; ${CAMPAIGNS - 1} copies of its roll-up, index entry, record, snapshot and workload written straight into the host's KVS`,
      ...portfolio.lines,
      `Collisions (getCollisions as the PM): ${collisions.value.collisions.length + collisions.value.omitted} found (${collisions.value.omitted} past 200 a kind left out) among ${collisions.value.campaigns} launches (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; the copies share four audiences and channels), answer ${kib(collisions.value)} KiB`,
      ...collisions.lines,
      `Capacity (getPortfolioCapacity as the PM, 12 weeks): ${capacity.value.people.length} people, ${over} over-allocated person-weeks; reads every campaign's workload (pf:w:, its open assigned tasks: the load is every campaign's), ${workload.tasks.length} tasks each`,
      ...capacity.lines,
      ...(person
        ? [`Capacity with one person's tasks (accountIds: the busiest person), answer ${kib(person.value)} KiB:`, ...person.lines]
        : []),
    ].join('\n');
  } finally {
    counter.restore();
    await h.close();
  }
}
