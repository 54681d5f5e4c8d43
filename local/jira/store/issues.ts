import type { Database } from '../../db/sqlite';
import type { IssueRow } from './rows';

/** Issue rows. Keys match case-insensitively, as Jira does when the exact key is not found. */

export function findIssue(db: Database, idOrKey: string): IssueRow | undefined {
  if (/^\d+$/.test(idOrKey)) return db.prepare('SELECT * FROM jira_issues WHERE id = ?').get(Number(idOrKey)) as IssueRow | undefined;
  return db.prepare('SELECT * FROM jira_issues WHERE key = ? COLLATE NOCASE').get(idOrKey) as IssueRow | undefined;
}

export function issueById(db: Database, id: number): IssueRow | undefined {
  return db.prepare('SELECT * FROM jira_issues WHERE id = ?').get(id) as IssueRow | undefined;
}

export function listIssuesInProjects(db: Database, projectIds: string[]): IssueRow[] {
  if (projectIds.length === 0) return [];
  const marks = projectIds.map(() => '?').join(',');
  return db.prepare(`SELECT * FROM jira_issues WHERE project_id IN (${marks}) ORDER BY id`).all(...projectIds) as IssueRow[];
}

export function childrenOf(db: Database, parentId: number): IssueRow[] {
  return db.prepare('SELECT * FROM jira_issues WHERE parent_id = ? ORDER BY id').all(parentId) as IssueRow[];
}

export type NewIssue = Omit<IssueRow, 'id' | 'key'> & { id?: number };

/** Allocates the next key in the project and inserts the issue. */
export function insertIssue(db: Database, projectKey: string, issue: NewIssue): IssueRow {
  const project = db.prepare('SELECT next_number FROM jira_projects WHERE id = ?').get(issue.project_id) as { next_number: number };
  db.prepare('UPDATE jira_projects SET next_number = next_number + 1 WHERE id = ?').run(issue.project_id);
  const key = `${projectKey}-${project.next_number}`;
  const info = db
    .prepare(
      `INSERT INTO jira_issues (id, key, project_id, issue_type_id, status_id, parent_id, summary, assignee_account_id,
        reporter_account_id, creator_account_id, due_date, labels_json, resolution, created, updated, resolved, status_changed, extra_json)
       VALUES (@id, @key, @project_id, @issue_type_id, @status_id, @parent_id, @summary, @assignee_account_id,
        @reporter_account_id, @creator_account_id, @due_date, @labels_json, @resolution, @created, @updated, @resolved, @status_changed, @extra_json)`,
    )
    .run({ ...issue, id: issue.id ?? null, key });
  return issueById(db, info.lastInsertRowid) as IssueRow;
}

/** Writes every mutable column of the row back. */
export function saveIssue(db: Database, row: IssueRow): void {
  db.prepare(
    `UPDATE jira_issues SET issue_type_id = @issue_type_id, status_id = @status_id, parent_id = @parent_id, summary = @summary,
      assignee_account_id = @assignee_account_id, reporter_account_id = @reporter_account_id, due_date = @due_date,
      labels_json = @labels_json, resolution = @resolution, updated = @updated, resolved = @resolved,
      status_changed = @status_changed, extra_json = @extra_json
     WHERE id = @id`,
  ).run(row);
}

export function deleteIssue(db: Database, id: number): void {
  db.prepare('UPDATE jira_issues SET parent_id = NULL WHERE parent_id = ?').run(id);
  db.prepare('DELETE FROM jira_issues WHERE id = ?').run(id);
}

export function labelsOf(row: IssueRow): string[] {
  return JSON.parse(row.labels_json) as string[];
}

export function extraOf(row: IssueRow): Record<string, unknown> {
  return JSON.parse(row.extra_json) as Record<string, unknown>;
}
