import type { CampaignSnapshot, SnapshotIssue } from '../model';

/** What one Jira event (or one re-read) does to a campaign's roll-up. */
export type SnapshotChange = { type: 'upsert'; issue: SnapshotIssue } | { type: 'delete'; key: string };

/**
 * Applies changes to a snapshot and bumps its version. Pure: returns a new snapshot. An upsert of an issue that is
 * no longer a child of the campaign is the caller's to turn into a delete. Deleting an issue also drops it from
 * the `blockedBy` lists of the others (Jira deletes its links with it).
 */
export function applySnapshotChanges(snapshot: CampaignSnapshot, changes: readonly SnapshotChange[]): CampaignSnapshot {
  if (changes.length === 0) return snapshot;
  // A Map keeps the record's order (a deleted then re-added key goes last, as with an object).
  const issues = new Map(Object.entries(snapshot.issues));
  const deleted = new Set<string>();
  for (const change of changes) {
    if (change.type === 'upsert') {
      issues.set(change.issue.key, change.issue);
      deleted.delete(change.issue.key);
    } else {
      issues.delete(change.key);
      deleted.add(change.key);
    }
  }
  if (deleted.size > 0) {
    for (const [key, issue] of issues) {
      if (issue.blockedBy.some((k) => deleted.has(k)))
        issues.set(key, { ...issue, blockedBy: issue.blockedBy.filter((k) => !deleted.has(k)) });
    }
  }
  return { ...snapshot, issues: Object.fromEntries(issues), version: snapshot.version + 1 };
}

/** Issues whose Jira `updated` differs from the snapshot's (or that it lacks): what a change check must re-read. */
export function changedKeys(snapshot: CampaignSnapshot, seen: readonly { key: string; updated: string }[]): string[] {
  return seen
    .filter((s) => {
      const known = snapshot.issues[s.key];
      return !known || Date.parse(known.updated) !== Date.parse(s.updated);
    })
    .map((s) => s.key);
}
