import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { CampaignSnapshot, SnapshotIssue } from '../../domain/model';
import { byteSize, joinShards, MAX_SHARD_BYTES, shardIssues, shardOf, SnapshotMeta, SnapshotShard } from '../../domain/snapshot';

/**
 * The campaign roll-up in app storage, sharded because a 5,000-issue snapshot is far above KVS's 240 KiB per value:
 * `snapshot:<EPIC>:meta` and `snapshot:<EPIC>:part:<n>`. Shared by every user: callers check the user may see the epic.
 */
const META = (epicKey: string): string => `snapshot:${epicKey}:meta`;
const PART = (epicKey: string, n: number): string => `snapshot:${epicKey}:part:${n}`;
/** Forge KVS: at most 25 operations in one transaction. */
const MAX_TRANSACTION_OPS = 25;

export interface StoredSnapshot {
  meta: SnapshotMeta;
  snapshot: CampaignSnapshot;
}

export async function getSnapshotMeta(epicKey: string): Promise<SnapshotMeta | undefined> {
  const parsed = SnapshotMeta.safeParse(await kvs.get<unknown>(META(epicKey)));
  return parsed.success ? parsed.data : undefined;
}

async function getShard(epicKey: string, n: number): Promise<SnapshotShard | undefined> {
  const parsed = SnapshotShard.safeParse(await kvs.get<unknown>(PART(epicKey, n)));
  return parsed.success ? parsed.data : undefined;
}

/** The whole snapshot, or undefined when it is missing, corrupt or half-written (the caller rebuilds it cold). */
export async function loadSnapshot(epicKey: string): Promise<StoredSnapshot | undefined> {
  const meta = await getSnapshotMeta(epicKey);
  if (!meta) return undefined;
  const shards = await Promise.all(Array.from({ length: meta.shardCount }, (_, n) => getShard(epicKey, n)));
  const snapshot = joinShards(meta, shards);
  if (!snapshot) console.warn(`[campaign-control] snapshot of ${epicKey} is incomplete or corrupt; it will be rebuilt`);
  return snapshot ? { meta, snapshot } : undefined;
}

type Op = { kind: 'set'; key: string; value: unknown } | { kind: 'delete'; key: string };

/** Runs operations in transactions of at most 25, the meta (the commit point) in the last one. */
async function commit(ops: readonly Op[]): Promise<void> {
  for (let i = 0; i < ops.length; i += MAX_TRANSACTION_OPS) {
    let tx = kvs.transact();
    for (const op of ops.slice(i, i + MAX_TRANSACTION_OPS)) tx = op.kind === 'set' ? tx.set(op.key, op.value) : tx.delete(op.key);
    await tx.execute();
  }
}

/** Writes a fully rebuilt snapshot: new build id, fresh shards, stale shards of the previous build deleted. */
export async function saveFullSnapshot(
  snapshot: CampaignSnapshot,
  extra: Pick<SnapshotMeta, 'people' | 'epicId' | 'epicAccess'>,
  builtAt: string,
): Promise<SnapshotMeta> {
  const previous = await getSnapshotMeta(snapshot.epicKey);
  const buildId = randomUUID();
  const shards = shardIssues(Object.values(snapshot.issues), snapshot.epicKey, buildId);
  const meta: SnapshotMeta = {
    epicKey: snapshot.epicKey,
    buildId,
    builtAt,
    shardCount: shards.length,
    version: Math.max(snapshot.version, (previous?.version ?? -1) + 1),
    refreshedAt: snapshot.refreshedAt,
    throughputDays: snapshot.throughputDays,
    people: extra.people,
    epicId: extra.epicId,
    ...(extra.epicAccess ? { epicAccess: extra.epicAccess } : {}),
  };
  const stale = Array.from({ length: Math.max(0, (previous?.shardCount ?? 0) - shards.length) }, (_, i) =>
    PART(snapshot.epicKey, shards.length + i),
  );
  await commit([
    ...shards.map((s): Op => ({ kind: 'set', key: PART(snapshot.epicKey, s.shard), value: s })),
    ...stale.map((key): Op => ({ kind: 'delete', key })),
    { kind: 'set', key: META(snapshot.epicKey), value: meta },
  ]);
  return meta;
}

/**
 * Writes an incrementally updated snapshot: only the shards holding changed keys, plus the meta, in one transaction.
 * When a shard would outgrow its size limit the whole snapshot is re-split.
 */
export async function saveSnapshotChanges(
  stored: StoredSnapshot,
  next: CampaignSnapshot,
  changedKeys: readonly string[],
): Promise<SnapshotMeta> {
  const { meta } = stored;
  const touched = new Set(changedKeys.map((k) => shardOf(k, meta.shardCount)));
  const byShard = new Map<number, SnapshotIssue[]>([...touched].map((n) => [n, []]));
  for (const issue of Object.values(next.issues)) byShard.get(shardOf(issue.key, meta.shardCount))?.push(issue);
  const shards = [...byShard].map(([shard, issues]): SnapshotShard => ({
    epicKey: meta.epicKey,
    buildId: meta.buildId,
    shard,
    issues: issues.sort((a, b) => a.key.localeCompare(b.key)),
  }));
  if (shards.some((s) => byteSize(s) > MAX_SHARD_BYTES) || shards.length + 1 > MAX_TRANSACTION_OPS) {
    return saveFullSnapshot(next, { people: meta.people, epicId: meta.epicId, epicAccess: meta.epicAccess }, meta.builtAt);
  }
  const nextMeta: SnapshotMeta = {
    ...meta,
    version: Math.max(next.version, meta.version + 1),
    refreshedAt: next.refreshedAt,
    throughputDays: next.throughputDays,
  };
  await commit([
    ...shards.map((s): Op => ({ kind: 'set', key: PART(meta.epicKey, s.shard), value: s })),
    { kind: 'set', key: META(meta.epicKey), value: nextMeta },
  ]);
  return nextMeta;
}

/** Moves the change-check watermark forward without touching the issues (a warm load that found nothing new). */
export async function markSnapshotChecked(epicKey: string, refreshedAt: string): Promise<void> {
  const meta = await getSnapshotMeta(epicKey);
  if (!meta || meta.refreshedAt >= refreshedAt) return;
  await kvs.set(META(epicKey), { ...meta, refreshedAt });
}
