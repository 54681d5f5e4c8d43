import type { Database } from '../../db/sqlite';

export interface AttachmentRow {
  id: number;
  issue_id: number;
  filename: string;
  size: number;
  mime_type: string;
  author_id: string;
  created: string;
}

export type NewAttachment = Omit<AttachmentRow, 'id'>;

/** Oldest first, as Jira lists an issue's `attachment` field. */
export function listAttachments(db: Database, issueId: number): AttachmentRow[] {
  return db.prepare('SELECT * FROM jira_attachments WHERE issue_id = ? ORDER BY created, id').all(issueId) as AttachmentRow[];
}

export function findAttachment(db: Database, id: number): AttachmentRow | undefined {
  return db.prepare('SELECT * FROM jira_attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
}

export function insertAttachment(db: Database, a: NewAttachment): AttachmentRow {
  const info = db
    .prepare('INSERT INTO jira_attachments (issue_id, filename, size, mime_type, author_id, created) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.issue_id, a.filename, a.size, a.mime_type, a.author_id, a.created);
  return findAttachment(db, info.lastInsertRowid) as AttachmentRow;
}

export function deleteAttachment(db: Database, id: number): void {
  db.prepare('DELETE FROM jira_attachments WHERE id = ?').run(id);
}
