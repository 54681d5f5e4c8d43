import type { Database } from '../../db/sqlite';
import type { SpaceRow } from './rows';

export interface SpaceQuery {
  keys?: string[];
  ids?: number[];
  /** Only ids strictly above this (cursor paging in id order). */
  afterId?: number;
  limit: number;
}

export function findSpace(db: Database, id: number): SpaceRow | undefined {
  return db.prepare('SELECT * FROM conf_spaces WHERE id = ?').get(id) as SpaceRow | undefined;
}

export function findSpaceByKey(db: Database, key: string): SpaceRow | undefined {
  return db.prepare('SELECT * FROM conf_spaces WHERE key = ?').get(key) as SpaceRow | undefined;
}

/** Spaces in id order; the caller filters by permission (hence no LIMIT here: a hidden space must not eat a slot). */
export function listSpaces(db: Database, q: Omit<SpaceQuery, 'limit'>): SpaceRow[] {
  const where: string[] = ['id > ?'];
  const args: (string | number)[] = [q.afterId ?? 0];
  if (q.keys?.length) {
    where.push(`key IN (${q.keys.map(() => '?').join(',')})`);
    args.push(...q.keys);
  }
  if (q.ids?.length) {
    where.push(`id IN (${q.ids.map(() => '?').join(',')})`);
    args.push(...q.ids);
  }
  return db.prepare(`SELECT * FROM conf_spaces WHERE ${where.join(' AND ')} ORDER BY id`).all(...args) as SpaceRow[];
}

export function insertSpace(db: Database, row: SpaceRow): void {
  db.prepare(
    `INSERT INTO conf_spaces (id, key, name, type, status, author_id, created_at, homepage_id, description)
     VALUES (@id, @key, @name, @type, @status, @author_id, @created_at, @homepage_id, @description)`,
  ).run(row);
}

export function setHomepage(db: Database, spaceId: number, pageId: number): void {
  db.prepare('UPDATE conf_spaces SET homepage_id = ? WHERE id = ?').run(pageId, spaceId);
}
