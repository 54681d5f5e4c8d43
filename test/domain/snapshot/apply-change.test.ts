import type { CampaignSnapshot, SnapshotIssue } from '../../../src/domain/model';
import { applySnapshotChanges, changedKeys } from '../../../src/domain/snapshot';

const issue = (key: string, over: Partial<SnapshotIssue> = {}): SnapshotIssue => ({
  key,
  id: key.replace('MKT-', '100'),
  kind: 'task',
  summary: `Task ${key}`,
  statusCategory: 'new',
  dueDate: '2027-10-01',
  created: '2026-11-01T10:00:00.000+0000',
  resolved: null,
  assigneeAccountId: null,
  estimateDays: 2,
  plannedCost: 1000,
  actualCost: null,
  committedCost: null,
  costCategory: 'media',
  blockedBy: [],
  updated: '2026-11-02T10:00:00.000+0000',
  ...over,
});

const snapshot = (issues: SnapshotIssue[]): CampaignSnapshot => ({
  epicKey: 'MKT-10',
  issues: Object.fromEntries(issues.map((i) => [i.key, i])),
  throughputDays: [],
  refreshedAt: '2026-11-24T10:00:00.000Z',
  version: 3,
});

describe('applySnapshotChanges', () => {
  const before = snapshot([issue('MKT-11'), issue('MKT-12', { blockedBy: ['MKT-11', 'MKT-13'] }), issue('MKT-13')]);

  it('adds and replaces issues, bumps the version, and leaves the original untouched', () => {
    const after = applySnapshotChanges(before, [
      { type: 'upsert', issue: issue('MKT-11', { actualCost: 250, statusCategory: 'done' }) },
      { type: 'upsert', issue: issue('MKT-14') },
    ]);
    expect(after.version).toBe(4);
    expect(Object.keys(after.issues).sort()).toEqual(['MKT-11', 'MKT-12', 'MKT-13', 'MKT-14']);
    expect(after.issues['MKT-11']).toMatchObject({ actualCost: 250, statusCategory: 'done' });
    expect(before.issues['MKT-11']!.actualCost).toBeNull();
    expect(Object.keys(before.issues)).toHaveLength(3);
  });

  it('drops a deleted issue and its links from the issues it blocked', () => {
    const after = applySnapshotChanges(before, [{ type: 'delete', key: 'MKT-11' }]);
    expect(after.issues['MKT-11']).toBeUndefined();
    expect(after.issues['MKT-12']!.blockedBy).toEqual(['MKT-13']);
    expect(before.issues['MKT-12']!.blockedBy).toEqual(['MKT-11', 'MKT-13']);
  });

  it('keeps an issue deleted then re-created in the same batch', () => {
    const after = applySnapshotChanges(before, [
      { type: 'delete', key: 'MKT-13' },
      { type: 'upsert', issue: issue('MKT-13', { summary: 'back' }) },
    ]);
    expect(after.issues['MKT-13']!.summary).toBe('back');
    expect(after.issues['MKT-12']!.blockedBy).toEqual(['MKT-11', 'MKT-13']);
  });

  it('changes nothing, not even the version, without changes', () => {
    expect(applySnapshotChanges(before, [])).toBe(before);
  });
});

describe('changedKeys', () => {
  it('lists issues Jira shows as updated since the snapshot, or that it lacks, comparing instants not strings', () => {
    const snap = snapshot([issue('MKT-11'), issue('MKT-12')]);
    const seen = [
      { key: 'MKT-11', updated: '2026-11-02T11:00:00.000+0100' }, // the same instant in another offset
      { key: 'MKT-12', updated: '2026-11-02T10:05:00.000+0000' },
      { key: 'MKT-15', updated: '2026-11-02T10:00:00.000+0000' },
    ];
    expect(changedKeys(snap, seen)).toEqual(['MKT-12', 'MKT-15']);
  });
});
