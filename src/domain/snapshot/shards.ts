import { z } from 'zod';
import { CampaignSnapshot, IsoDate, SnapshotIssue } from '../model';
import { mustAt } from '../invariant';
import { EpicAccess } from './epic-access';

/** Forge KVS takes values up to 240 KiB; shards stay under this, with room for the JSON envelope. */
export const MAX_SHARD_BYTES = 200_000;
/** Target size at build time, so incremental updates can grow a shard before it must be re-split. */
export const TARGET_SHARD_BYTES = 120_000;

/** Everything of a snapshot but its issues, plus what the panel caches with it. */
export const SnapshotMeta = z
  .object({
    epicKey: z.string(),
    /** Changes with every full rebuild: a shard from another build is stale. */
    buildId: z.string(),
    builtAt: z.string(),
    shardCount: z.number().int().min(1),
    version: z.number().int().min(0),
    /** When Jira was last read or checked for changes (the change check's watermark). */
    refreshedAt: z.string(),
    throughputDays: z.array(IsoDate),
    /** accountId → display name of the site's people, for approvers. */
    people: z.record(z.string()),
    epicId: z.string(),
    /** The epic's project and security level, when the build recorded them (a view's context may then prove access). */
    epicAccess: EpicAccess.optional(),
  })
  .strict();
export type SnapshotMeta = z.infer<typeof SnapshotMeta>;

export const SnapshotShard = z
  .object({ epicKey: z.string(), buildId: z.string(), shard: z.number().int().min(0), issues: z.array(SnapshotIssue) })
  .strict();
export type SnapshotShard = z.infer<typeof SnapshotShard>;

/** FNV-1a: a stable shard for a key, so one issue's update touches one shard. */
export function shardOf(key: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shardCount;
}

export const byteSize = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

function split(issues: readonly SnapshotIssue[], epicKey: string, buildId: string, shardCount: number): SnapshotShard[] {
  const shards: SnapshotShard[] = Array.from({ length: shardCount }, (_, shard) => ({ epicKey, buildId, shard, issues: [] }));
  for (const issue of [...issues].sort((a, b) => a.key.localeCompare(b.key)))
    mustAt(shards, shardOf(issue.key, shardCount), 'shard').issues.push(issue);
  return shards;
}

/** Splits issues into the fewest hash shards that each stay under MAX_SHARD_BYTES (aiming at TARGET_SHARD_BYTES). */
export function shardIssues(issues: readonly SnapshotIssue[], epicKey: string, buildId: string): SnapshotShard[] {
  let count = Math.max(1, Math.ceil(byteSize(issues) / TARGET_SHARD_BYTES));
  for (;;) {
    const shards = split(issues, epicKey, buildId, count);
    if (shards.every((s) => byteSize(s) <= MAX_SHARD_BYTES)) return shards;
    count++;
  }
}

/** Meta + shards back into one snapshot; undefined when a shard is missing, stale or in the wrong place. */
export function joinShards(meta: SnapshotMeta, shards: readonly (SnapshotShard | undefined)[]): CampaignSnapshot | undefined {
  if (shards.length !== meta.shardCount) return undefined;
  const issues: Record<string, SnapshotIssue> = {};
  for (const [n, shard] of shards.entries()) {
    if (!shard || shard.buildId !== meta.buildId || shard.shard !== n || shard.epicKey !== meta.epicKey) return undefined;
    for (const issue of shard.issues) {
      if (shardOf(issue.key, meta.shardCount) !== n) return undefined;
      issues[issue.key] = issue;
    }
  }
  return { epicKey: meta.epicKey, issues, throughputDays: meta.throughputDays, refreshedAt: meta.refreshedAt, version: meta.version };
}

/**
 * The issues in the order a stored snapshot reads back (shard by shard, keys sorted): a freshly built snapshot is
 * handed on in that order, so whatever hashes it in order (the forecast's fingerprint) sees the same as on a reload.
 */
export function inStoredOrder(issues: Readonly<Record<string, SnapshotIssue>>, shardCount: number): Record<string, SnapshotIssue> {
  const sorted = Object.values(issues).sort(
    (a, b) => shardOf(a.key, shardCount) - shardOf(b.key, shardCount) || a.key.localeCompare(b.key),
  );
  return Object.fromEntries(sorted.map((i) => [i.key, i]));
}
