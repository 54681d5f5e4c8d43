import type { Database } from '../../db/sqlite';
import type { ChangelogItemRow, ChangelogRow } from './rows';

/** One changed field in a history entry, in Jira's terms (`from`/`to` are ids, `*String` the display values). */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** Returns the new history's id, or undefined when there was nothing to record. */
export function recordChange(
  db: Database,
  issueId: number,
  authorId: string | null,
  created: string,
  items: ChangeItem[],
): number | undefined {
  if (items.length === 0) return undefined;
  const info = db.prepare('INSERT INTO jira_changelog (issue_id, author_id, created) VALUES (?, ?, ?)').run(issueId, authorId, created);
  const insert = db.prepare(
    `INSERT INTO jira_changelog_items (changelog_id, position, field, field_type, field_id, from_value, from_string, to_value, to_string)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((it, i) =>
    insert.run(info.lastInsertRowid, i, it.field, it.fieldtype, it.fieldId, it.from, it.fromString, it.to, it.toString),
  );
  return info.lastInsertRowid;
}

export interface History {
  entry: ChangelogRow;
  items: ChangelogItemRow[];
}

/** Oldest first, as GET /issue/{id}/changelog pages them. */
export function listHistories(db: Database, issueId: number, fieldIds?: string[]): History[] {
  const entries = db.prepare('SELECT * FROM jira_changelog WHERE issue_id = ? ORDER BY created, id').all(issueId) as ChangelogRow[];
  const itemsOf = db.prepare('SELECT * FROM jira_changelog_items WHERE changelog_id = ? ORDER BY position');
  const out: History[] = [];
  for (const entry of entries) {
    let items = itemsOf.all(entry.id) as ChangelogItemRow[];
    if (fieldIds && fieldIds.length > 0) items = items.filter((i) => fieldIds.includes(i.field_id));
    if (items.length > 0) out.push({ entry, items });
  }
  return out;
}
