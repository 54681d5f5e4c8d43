import type { Database } from '../../db/sqlite';
import type { CommentRow } from './rows';

export function listComments(db: Database, issueId: number): CommentRow[] {
  return db.prepare('SELECT * FROM jira_comments WHERE issue_id = ? ORDER BY created, id').all(issueId) as CommentRow[];
}

export interface NewComment {
  id?: number;
  issueId: number;
  authorId: string;
  body: unknown;
  visibility?: unknown;
  created: string;
}

export function insertComment(db: Database, c: NewComment): CommentRow {
  const info = db
    .prepare(
      'INSERT INTO jira_comments (id, issue_id, author_id, update_author_id, body_json, visibility_json, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      c.id ?? null,
      c.issueId,
      c.authorId,
      c.authorId,
      JSON.stringify(c.body),
      c.visibility === undefined ? null : JSON.stringify(c.visibility),
      c.created,
      c.created,
    );
  return db.prepare('SELECT * FROM jira_comments WHERE id = ?').get(info.lastInsertRowid) as CommentRow;
}
