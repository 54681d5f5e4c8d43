import { kvs, WhereConditions } from '@forge/kvs';
import { PortfolioIndexEntry, PortfolioRollup, indexEntryOf } from '../../domain/portfolio/rollup';
import { CampaignWorkload } from '../../domain/portfolio/workload';
import type { PortfolioStorePort, VisibilityCachePort, VisibleProjects } from '../../usecases/ports/portfolio-store';
import { VISIBILITY_TTL_MS } from '../../usecases/ports/portfolio-store';
import { z } from 'zod';

/**
 * The portfolio in KVS, laid out so one view reads few keys:
 * - `pf:i:<EPIC>`: the campaign's index entry (~150 bytes), listed by prefix, 100 a page;
 * - `pf:r:<PROJECT>:<EPIC>`: its roll-up (~1–2 KB), listed by the prefix of each visible project, 100 a page;
 * - `pf:v:<accountId>`: the user's last permission answer (TTL one minute);
 * - `pf:w:<EPIC>`: its open assigned work (~5–10 KB), for the capacity view, which lists them all.
 * 300 campaigns in 12 projects: 3 index pages, then one page per visible project (12), about 50 of KVS's 10 KB read
 * units, against 4,000 a minute per installation.
 */
const INDEX_PREFIX = 'pf:i:';
const ROW_PREFIX = 'pf:r:';
const INDEX = (epicKey: string): string => `${INDEX_PREFIX}${epicKey}`;
const ROW = (projectKey: string, epicKey: string): string => `${ROW_PREFIX}${projectKey}:${epicKey}`;
const VISIBLE = (accountId: string): string => `pf:v:${accountId}`;
const WORKLOAD_PREFIX = 'pf:w:';
const WORKLOAD = (epicKey: string): string => `${WORKLOAD_PREFIX}${epicKey}`;
/** Forge KVS: at most 100 results a query page. */
const PAGE = 100;
/** Forge KVS: at most 25 items a batch. */
const MAX_BATCH = 25;

async function listByPrefix(prefix: string): Promise<unknown[]> {
  const out: unknown[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    out.push(...page.results.map((r) => r.value));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

function parsedAll<T>(schema: z.ZodType<T>, values: unknown[], what: string): T[] {
  const out: T[] = [];
  for (const v of values) {
    const parsed = schema.safeParse(v);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`[campaign-control] an unreadable portfolio ${what} was skipped`);
  }
  return out;
}

async function write(rollup: PortfolioRollup, workload?: CampaignWorkload): Promise<void> {
  const tx = kvs.transact().set(ROW(rollup.projectKey, rollup.epicKey), rollup).set(INDEX(rollup.epicKey), indexEntryOf(rollup));
  await (workload ? tx.set(WORKLOAD(workload.epicKey), workload) : tx).execute();
}

async function storedEntry(epicKey: string): Promise<PortfolioIndexEntry | undefined> {
  const parsed = PortfolioIndexEntry.safeParse(await kvs.get<unknown>(INDEX(epicKey)));
  return parsed.success ? parsed.data : undefined;
}

export const portfolioStore: PortfolioStorePort = {
  async save(rollup, workload) {
    if (rollup.projectId !== undefined) return write(rollup, workload);
    const projectId = (await storedEntry(rollup.epicKey))?.projectId;
    return write(projectId !== undefined ? { ...rollup, projectId } : rollup, workload);
  },
  async saveIfAbsent(rollup, workload) {
    if (await storedEntry(rollup.epicKey)) return false;
    await write(rollup, workload);
    return true;
  },
  async workloads() {
    return parsedAll(CampaignWorkload, await listByPrefix(WORKLOAD_PREFIX), 'workload');
  },
  async saveWorkload(workload) {
    await kvs.set(WORKLOAD(workload.epicKey), workload);
  },
  async index() {
    return parsedAll(PortfolioIndexEntry, await listByPrefix(INDEX_PREFIX), 'index entry');
  },
  async rows(projectKeys) {
    const pages = await Promise.all(projectKeys.map((k) => listByPrefix(`${ROW_PREFIX}${k}:`)));
    return parsedAll(PortfolioRollup, pages.flat(), 'roll-up');
  },
  async retarget(projectKey, epicKey, targeting) {
    const parsed = PortfolioRollup.safeParse(await kvs.get<unknown>(ROW(projectKey, epicKey)));
    if (!parsed.success) return;
    await kvs.set(ROW(projectKey, epicKey), { ...parsed.data, ...targeting });
  },
  async learnProjectIds(entries, ids) {
    const updates = entries.flatMap((e) => {
      const id = ids.get(e.projectKey);
      return id !== undefined && e.projectId !== id ? [{ key: INDEX(e.epicKey), value: { ...e, projectId: id } }] : [];
    });
    for (let i = 0; i < updates.length; i += MAX_BATCH) await kvs.batchSet(updates.slice(i, i + MAX_BATCH));
  },
};

const Visible = z.object({ at: z.number(), asked: z.array(z.string()), browsable: z.array(z.string()) });

export const visibilityCache: VisibilityCachePort = {
  async get(accountId) {
    const parsed = Visible.safeParse(await kvs.get<unknown>(VISIBLE(accountId)));
    return parsed.success ? parsed.data : undefined;
  },
  async set(accountId, value: VisibleProjects) {
    await kvs.set(VISIBLE(accountId), value, { ttl: { value: Math.ceil(VISIBILITY_TTL_MS / 1000), unit: 'SECONDS' } });
  },
};
