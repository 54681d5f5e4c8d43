import type { Database } from '../../db/sqlite';
import type { IssueLinkRow, RemoteLinkRow } from './rows';

export function findIssueLink(db: Database, id: number): IssueLinkRow | undefined {
  return db.prepare('SELECT * FROM jira_issue_links WHERE id = ?').get(id) as IssueLinkRow | undefined;
}

export function linksOfIssue(db: Database, issueId: number): IssueLinkRow[] {
  return db
    .prepare('SELECT * FROM jira_issue_links WHERE inward_issue_id = ? OR outward_issue_id = ? ORDER BY id')
    .all(issueId, issueId) as IssueLinkRow[];
}

export function insertIssueLink(db: Database, typeId: string, inwardIssueId: number, outwardIssueId: number, id?: number): number {
  const info = db
    .prepare('INSERT INTO jira_issue_links (id, type_id, inward_issue_id, outward_issue_id) VALUES (?, ?, ?, ?)')
    .run(id ?? null, typeId, inwardIssueId, outwardIssueId);
  return info.lastInsertRowid;
}

export function deleteIssueLink(db: Database, id: number): void {
  db.prepare('DELETE FROM jira_issue_links WHERE id = ?').run(id);
}

export function remoteLinksOfIssue(db: Database, issueId: number): RemoteLinkRow[] {
  return db.prepare('SELECT * FROM jira_remote_links WHERE issue_id = ? ORDER BY id').all(issueId) as RemoteLinkRow[];
}

export function findRemoteLinkByGlobalId(db: Database, issueId: number, globalId: string): RemoteLinkRow | undefined {
  return db.prepare('SELECT * FROM jira_remote_links WHERE issue_id = ? AND global_id = ?').get(issueId, globalId) as
    RemoteLinkRow | undefined;
}

export interface RemoteLinkInput {
  globalId?: string;
  relationship?: string;
  application?: unknown;
  object: unknown;
}

/** Inserts, or updates the link with the same globalId. Returns the id and whether it was created. */
export function upsertRemoteLink(db: Database, issueId: number, input: RemoteLinkInput): { id: number; created: boolean } {
  const app = input.application === undefined ? null : JSON.stringify(input.application);
  const existing = input.globalId ? findRemoteLinkByGlobalId(db, issueId, input.globalId) : undefined;
  if (existing) {
    db.prepare('UPDATE jira_remote_links SET relationship = ?, application_json = ?, object_json = ? WHERE id = ?').run(
      input.relationship ?? null,
      app,
      JSON.stringify(input.object),
      existing.id,
    );
    return { id: existing.id, created: false };
  }
  const info = db
    .prepare('INSERT INTO jira_remote_links (issue_id, global_id, relationship, application_json, object_json) VALUES (?, ?, ?, ?, ?)')
    .run(issueId, input.globalId ?? null, input.relationship ?? null, app, JSON.stringify(input.object));
  return { id: info.lastInsertRowid, created: true };
}
