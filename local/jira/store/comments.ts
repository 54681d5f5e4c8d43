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
  /** Comment properties set on create (`properties: [{key, value}]`), values as JSON text. */
  properties?: readonly { key: string; valueJson: string }[];
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
  const insertProperty = db.prepare('INSERT OR REPLACE INTO jira_comment_properties (comment_id, key, value_json) VALUES (?, ?, ?)');
  for (const p of c.properties ?? []) insertProperty.run(info.lastInsertRowid, p.key, p.valueJson);
  return db.prepare('SELECT * FROM jira_comments WHERE id = ?').get(info.lastInsertRowid) as CommentRow;
}

export function findComment(db: Database, id: number): CommentRow | undefined {
  return db.prepare('SELECT * FROM jira_comments WHERE id = ?').get(id) as CommentRow | undefined;
}

/** A comment property's value, or undefined when the comment has no property of that key. */
export function getCommentProperty(db: Database, commentId: number, key: string): unknown {
  const row = db.prepare('SELECT value_json FROM jira_comment_properties WHERE comment_id = ? AND key = ?').get(commentId, key) as
    { value_json: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value_json) as unknown);
}
