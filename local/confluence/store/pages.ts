import type { Database } from '../../db/sqlite';
import type { PageRow } from './rows';

const PAGE_SELECT = `
SELECT p.id, p.space_id, s.key AS space_key, p.parent_id, p.title, p.status, p.author_id, p.owner_id, p.created_at,
       v.number AS version_number, v.author_id AS version_author, v.created_at AS version_at,
       v.message AS version_message, v.minor_edit, v.storage
FROM conf_pages p
JOIN conf_spaces s ON s.id = p.space_id
JOIN conf_page_versions v ON v.page_id = p.id
  AND v.number = (SELECT MAX(number) FROM conf_page_versions WHERE page_id = p.id)`;

export interface PageQuery {
  ids?: number[];
  spaceIds?: number[];
  title?: string;
  /** A parent page id, or null for the pages at the root of their space. */
  parentId?: number | null;
  statuses: string[];
  afterId?: number;
  /** Omitted: every matching row (sorted routes page in memory). */
  limit?: number;
}

export function findPage(db: Database, id: number): PageRow | undefined {
  return db.prepare(`${PAGE_SELECT} WHERE p.id = ?`).get(id) as PageRow | undefined;
}

/** Pages in id order. The caller restricts `spaceIds` to the spaces the principal can read. */
export function listPages(db: Database, q: PageQuery): PageRow[] {
  const where: string[] = ['p.id > ?'];
  const args: (string | number)[] = [q.afterId ?? 0];
  const inList = (column: string, values: (string | number)[]): void => {
    where.push(`${column} IN (${values.map(() => '?').join(',')})`);
    args.push(...values);
  };
  if (q.ids?.length) inList('p.id', q.ids);
  if (q.spaceIds?.length) inList('p.space_id', q.spaceIds);
  if (q.statuses.length) inList('p.status', q.statuses);
  if (q.title !== undefined) {
    where.push('p.title = ?');
    args.push(q.title);
  }
  if (q.parentId === null) where.push('p.parent_id IS NULL');
  else if (q.parentId !== undefined) {
    where.push('p.parent_id = ?');
    args.push(q.parentId);
  }
  // SQLite reads LIMIT -1 as "no limit".
  return db.prepare(`${PAGE_SELECT} WHERE ${where.join(' AND ')} ORDER BY p.id LIMIT ?`).all(...args, q.limit ?? -1) as PageRow[];
}

export function titleTaken(db: Database, spaceId: number, title: string): boolean {
  return db.prepare("SELECT 1 FROM conf_pages WHERE space_id = ? AND title = ? AND status = 'current'").get(spaceId, title) !== undefined;
}

export interface NewPage {
  id?: number;
  spaceId: number;
  parentId: number | null;
  title: string;
  status: 'current' | 'draft';
  authorId: string;
  createdAt: string;
  storage: string;
}

/** Inserts the page and its version 1; returns the page id. Call inside a transaction. */
export function insertPage(db: Database, page: NewPage): number {
  const id = page.id ?? nextPageId(db);
  db.prepare(
    'INSERT INTO conf_pages (id, space_id, parent_id, title, status, author_id, owner_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, page.spaceId, page.parentId, page.title, page.status, page.authorId, page.authorId, page.createdAt);
  db.prepare('INSERT INTO conf_page_versions (page_id, number, storage, author_id, created_at) VALUES (?, 1, ?, ?, ?)').run(
    id,
    page.storage,
    page.authorId,
    page.createdAt,
  );
  return id;
}

function nextPageId(db: Database): number {
  const row = db.prepare('SELECT MAX(id) AS max FROM conf_pages').get() as { max: number | null };
  return (row.max ?? 1638400) + 1;
}
