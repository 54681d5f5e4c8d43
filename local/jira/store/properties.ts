import type { Database } from '../../db/sqlite';

/** Issue properties: JSON values by key, last writer wins (no version), as in Jira. */

export function listPropertyKeys(db: Database, issueId: number): string[] {
  return (db.prepare('SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key').all(issueId) as { key: string }[]).map(
    (r) => r.key,
  );
}

export function getProperty(db: Database, issueId: number, key: string): unknown {
  const row = db.prepare('SELECT value_json FROM jira_issue_properties WHERE issue_id = ? AND key = ?').get(issueId, key) as
    { value_json: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value_json) as unknown);
}

export function allProperties(db: Database, issueId: number): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value_json FROM jira_issue_properties WHERE issue_id = ?').all(issueId) as {
    key: string;
    value_json: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value_json) as unknown]));
}

/** Returns true when the property did not exist before. */
export function setProperty(db: Database, issueId: number, key: string, valueJson: string): boolean {
  const existed = db.prepare('SELECT 1 FROM jira_issue_properties WHERE issue_id = ? AND key = ?').get(issueId, key) !== undefined;
  db.prepare(
    'INSERT INTO jira_issue_properties (issue_id, key, value_json) VALUES (?, ?, ?) ON CONFLICT(issue_id, key) DO UPDATE SET value_json = excluded.value_json',
  ).run(issueId, key, valueJson);
  return !existed;
}

export function deleteProperty(db: Database, issueId: number, key: string): boolean {
  return db.prepare('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?').run(issueId, key).changes > 0;
}
