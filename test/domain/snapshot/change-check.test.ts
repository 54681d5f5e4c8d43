import type { CampaignSnapshot, SnapshotIssue } from '../../../src/domain/model';
import { readChangeCheck } from '../../../src/domain/snapshot';

const at = (iso: string): string => new Date(iso).toISOString();
const issue = (key: string, updated: string): SnapshotIssue => ({
  key,
  id: key,
  kind: 'task',
  summary: key,
  statusCategory: 'new',
  dueDate: null,
  created: updated,
  resolved: null,
  assigneeAccountId: null,
  estimateDays: 1,
  plannedCost: null,
  actualCost: null,
  committedCost: null,
  costCategory: null,
  blockedBy: [],
  updated,
});
const snapshot: CampaignSnapshot = {
  epicKey: 'MKT-10',
  issues: {
    'MKT-10': issue('MKT-10', at('2026-11-01T08:00:00Z')),
    'MKT-11': issue('MKT-11', at('2026-11-24T09:59:58Z')),
    'MKT-12': issue('MKT-12', at('2026-11-24T09:59:00Z')),
  },
  throughputDays: [],
  refreshedAt: at('2026-11-24T10:00:00Z'),
  version: 1,
};

describe('readChangeCheck', () => {
  it('finds nothing to re-read when Jira lists only what the snapshot already has (same minute, same stamps)', () => {
    const seen = [
      { key: 'MKT-11', updated: '2026-11-24T09:59:58.000+0000' },
      { key: 'MKT-12', updated: '2026-11-24T09:59:00.000+0000' },
      { key: 'MKT-10', updated: '2026-11-01T08:00:00.000+0000' },
    ];
    expect(readChangeCheck(snapshot, { seen, more: false }, { epicKnownVisible: false })).toEqual({
      kind: 'changes',
      keys: [],
      verifyEpic: false,
    });
  });

  it('lists updated and new issues', () => {
    const seen = [
      { key: 'MKT-13', updated: at('2026-11-24T10:03:00Z') },
      { key: 'MKT-11', updated: at('2026-11-24T10:02:00Z') },
      { key: 'MKT-10', updated: at('2026-11-01T08:00:00Z') },
    ];
    expect(readChangeCheck(snapshot, { seen, more: false }, { epicKnownVisible: false })).toEqual({
      kind: 'changes',
      keys: ['MKT-13', 'MKT-11'],
      verifyEpic: false,
    });
  });

  it('says the user cannot see the campaign when the epic is missing from a complete answer', () => {
    const seen = [{ key: 'MKT-11', updated: at('2026-11-24T10:02:00Z') }];
    expect(readChangeCheck(snapshot, { seen, more: false }, { epicKnownVisible: false })).toEqual({ kind: 'invisible' });
    expect(readChangeCheck(snapshot, { seen, more: false }, { epicKnownVisible: true })).toEqual({
      kind: 'changes',
      keys: ['MKT-11'],
      verifyEpic: false,
    });
  });

  it('rebuilds when a full page may hide changes, trusts one whose oldest issue predates the snapshot, and asks about an epic it did not list', () => {
    const recent = [
      { key: 'MKT-11', updated: at('2026-11-24T10:02:00Z') },
      { key: 'MKT-10', updated: at('2026-11-24T09:59:59Z') },
    ];
    expect(readChangeCheck(snapshot, { seen: recent, more: true }, { epicKnownVisible: false })).toMatchObject({ kind: 'rebuild' });
    const settled = [
      { key: 'MKT-11', updated: at('2026-11-24T10:02:00Z') },
      { key: 'MKT-10', updated: at('2026-11-01T08:00:00Z') },
    ];
    expect(readChangeCheck(snapshot, { seen: settled, more: true }, { epicKnownVisible: false })).toEqual({
      kind: 'changes',
      keys: ['MKT-11'],
      verifyEpic: false,
    });
    const epicElsewhere = [
      { key: 'MKT-11', updated: at('2026-11-24T10:02:00Z') },
      { key: 'MKT-12', updated: at('2026-11-20T08:00:00Z') },
    ];
    expect(readChangeCheck(snapshot, { seen: epicElsewhere, more: true }, { epicKnownVisible: false })).toEqual({
      kind: 'changes',
      keys: ['MKT-11', 'MKT-12'],
      verifyEpic: true,
    });
    expect(readChangeCheck(snapshot, { seen: epicElsewhere, more: true }, { epicKnownVisible: true })).toEqual({
      kind: 'changes',
      keys: ['MKT-11', 'MKT-12'],
      verifyEpic: false,
    });
  });
});
