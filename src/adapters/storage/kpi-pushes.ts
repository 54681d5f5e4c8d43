import { createHash } from 'node:crypto';
import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { classifyPush, KpiPoint, type PushOutcome } from '../../domain/kpi';

/**
 * Points pushed through the webtrigger, one KVS key each: `kpi-push:<EPIC>:<kpiId>:<at>:<source hash>`. The key is
 * the point's identity, written with FAIL_IF_EXISTS, so a replay is stored once even when two arrive at once.
 */
const PREFIX = (epicKey: string): string => `kpi-push:${epicKey}:`;
const sourceHash = (source: string): string => createHash('sha256').update(source).digest('hex').slice(0, 16);
const KEY = (epicKey: string, p: KpiPoint): string => `${PREFIX(epicKey)}${p.kpiId}:${p.at}:${sourceHash(p.source)}`;

const StoredPush = z.object({ point: KpiPoint, receivedAt: z.string() }).strict();
const PAGE = 100;

/** Stores a pushed point unless its identity is already stored: new, duplicate (same value) or conflict (other value). */
export async function storePushedPoint(epicKey: string, point: KpiPoint, now: Date): Promise<{ outcome: PushOutcome; stored?: KpiPoint }> {
  const key = KEY(epicKey, point);
  try {
    await kvs.set(key, StoredPush.parse({ point, receivedAt: now.toISOString() }), { keyPolicy: 'FAIL_IF_EXISTS' });
    return { outcome: 'new' };
  } catch (e) {
    if (!(e instanceof ForgeKvsAPIError && e.code === 'KEY_ALREADY_EXISTS')) throw e;
  }
  const parsed = StoredPush.safeParse(await kvs.get<unknown>(key));
  // An unreadable stored point is never overwritten: it counts as a conflict.
  if (!parsed.success) return { outcome: 'conflict' };
  return { outcome: classifyPush(parsed.data.point, point), stored: parsed.data.point };
}

/** Every point pushed for a campaign (any order). */
export async function listPushedPoints(epicKey: string): Promise<KpiPoint[]> {
  const out: KpiPoint[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(PREFIX(epicKey)))
      .limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) {
      const parsed = StoredPush.safeParse(r.value);
      if (parsed.success) out.push(parsed.data.point);
      else console.error(`[campaign-control] unreadable KPI point ${r.key}`);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
