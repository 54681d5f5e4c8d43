import type { SnapshotIssue } from '../../../src/domain/model';
import { byteSize, joinShards, MAX_SHARD_BYTES, shardIssues, shardOf, type SnapshotMeta } from '../../../src/domain/snapshot';

/** A campaign of `n` issues with realistic text lengths. */
function issues(n: number): SnapshotIssue[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `MKT-${1000 + i}`,
    id: String(20000 + i),
    kind: i % 10 === 0 ? 'milestone' : 'task',
    rowId: `row-${i}`,
    milestoneKey: `MKT-${1000 + i - (i % 10)}`,
    summary: `Déclinaison des bannières display pour le canal ${i} — formats 300×250, 728×90 et mobile`,
    statusCategory: (['new', 'indeterminate', 'done'] as const)[i % 3],
    dueDate: '2027-10-01',
    created: '2026-11-01T10:00:00.000+0000',
    resolved: i % 3 === 2 ? '2026-11-20T10:00:00.000+0000' : null,
    assigneeAccountId: '712020:5b8e7fc3-6f66-41b3-8063-noah00000006',
    estimateDays: 3,
    plannedCost: 1234.5,
    actualCost: i % 3 === 2 ? 1400 : null,
    committedCost: null,
    costCategory: 'production',
    blockedBy: i > 0 ? [`MKT-${999 + i}`] : [],
    updated: '2026-11-21T10:00:00.000+0000',
  })) as SnapshotIssue[];
}

const metaFor = (shardCount: number, buildId = 'build-1'): SnapshotMeta => ({
  epicKey: 'MKT-10',
  buildId,
  builtAt: '2026-11-24T10:00:00.000Z',
  shardCount,
  version: 7,
  refreshedAt: '2026-11-24T10:05:00.000Z',
  throughputDays: ['2026-11-20'],
  people: {},
  epicId: '10010',
});

describe('snapshot shards', () => {
  it('splits 5,000 issues into shards that each fit a KVS value, and joins them back', () => {
    const all = issues(5000);
    expect(byteSize(all)).toBeGreaterThan(240 * 1024);
    const shards = shardIssues(all, 'MKT-10', 'build-1');
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) expect(byteSize(s)).toBeLessThanOrEqual(MAX_SHARD_BYTES);
    const joined = joinShards(metaFor(shards.length), shards);
    expect(joined).toBeDefined();
    expect(Object.keys(joined!.issues)).toHaveLength(5000);
    expect(joined!.issues['MKT-3456']).toEqual(all[2456]);
    expect(joined).toMatchObject({
      epicKey: 'MKT-10',
      version: 7,
      refreshedAt: '2026-11-24T10:05:00.000Z',
      throughputDays: ['2026-11-20'],
    });
  });

  it('puts each issue in the shard its key hashes to', () => {
    const shards = shardIssues(issues(600), 'MKT-10', 'b');
    for (const s of shards) for (const i of s.issues) expect(shardOf(i.key, shards.length)).toBe(s.shard);
    expect(shardIssues(issues(3), 'MKT-10', 'b')).toHaveLength(1);
  });

  it('refuses a missing shard, a shard of another build, and a misplaced issue', () => {
    const shards = shardIssues(issues(2000), 'MKT-10', 'build-1');
    expect(shards.length).toBeGreaterThan(1);
    expect(joinShards(metaFor(shards.length), [...shards.slice(0, -1), undefined])).toBeUndefined();
    expect(joinShards(metaFor(shards.length), shards.slice(0, -1))).toBeUndefined();
    expect(joinShards(metaFor(shards.length, 'build-2'), shards)).toBeUndefined();
    const moved = shards.map((s) => ({ ...s, issues: [...s.issues] }));
    moved[0]!.issues.push(moved[1]!.issues.pop()!);
    expect(joinShards(metaFor(shards.length), moved)).toBeUndefined();
  });
});
