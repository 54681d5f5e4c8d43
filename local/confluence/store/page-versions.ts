import type { Database } from '../../db/sqlite';

export interface PageVersionRow {
  number: number;
  author_id: string;
  created_at: string;
  message: string;
  minor_edit: number;
  storage: string;
}

/**
 * A page's versions, newest first (`desc`) or oldest first, after the cursor's version number in that order.
 * Every update adds a row; old bodies stay, which is Confluence's page history.
 */
export function listPageVersions(
  db: Database,
  pageId: number,
  q: { order: 'asc' | 'desc'; after?: number; limit: number },
): PageVersionRow[] {
  const cursor = q.after === undefined ? '' : q.order === 'desc' ? 'AND number < ?' : 'AND number > ?';
  const args: number[] = q.after === undefined ? [pageId, q.limit] : [pageId, q.after, q.limit];
  return db
    .prepare(
      `SELECT number, author_id, created_at, message, minor_edit, storage FROM conf_page_versions WHERE page_id = ? ${cursor} ORDER BY number ${q.order === 'desc' ? 'DESC' : 'ASC'} LIMIT ?`,
    )
    .all(...args) as PageVersionRow[];
}

export function findPageVersion(db: Database, pageId: number, number: number): PageVersionRow | undefined {
  return db
    .prepare('SELECT number, author_id, created_at, message, minor_edit, storage FROM conf_page_versions WHERE page_id = ? AND number = ?')
    .get(pageId, number) as PageVersionRow | undefined;
}

/** The highest version number of a page (its current version). */
export function latestVersionNumber(db: Database, pageId: number): number {
  const row = db.prepare('SELECT MAX(number) AS max FROM conf_page_versions WHERE page_id = ?').get(pageId) as { max: number | null };
  return row.max ?? 0;
}

/** Moves a page to the trash (`trashed`) or removes it for good (`deleted`); the title becomes free again. */
export function setPageStatus(db: Database, pageId: number, status: 'trashed' | 'deleted'): void {
  db.prepare('UPDATE conf_pages SET status = ? WHERE id = ?').run(status, pageId);
}
