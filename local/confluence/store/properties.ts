import type { Database } from '../../db/sqlite';
import type { PropertyRow } from './rows';

export function findProperty(db: Database, pageId: number, propertyId: number): PropertyRow | undefined {
  return db.prepare('SELECT * FROM conf_page_properties WHERE page_id = ? AND id = ?').get(pageId, propertyId) as PropertyRow | undefined;
}

export function findPropertyByKey(db: Database, pageId: number, key: string): PropertyRow | undefined {
  return db.prepare('SELECT * FROM conf_page_properties WHERE page_id = ? AND key = ?').get(pageId, key) as PropertyRow | undefined;
}

export function listProperties(db: Database, pageId: number, key: string | undefined, afterId: number, limit: number): PropertyRow[] {
  const byKey = key === undefined ? '' : 'AND key = ?';
  const args: (string | number)[] = key === undefined ? [pageId, afterId, limit] : [pageId, key, afterId, limit];
  return db
    .prepare(`SELECT * FROM conf_page_properties WHERE page_id = ? ${byKey} AND id > ? ORDER BY id LIMIT ?`)
    .all(...args) as PropertyRow[];
}

export function insertProperty(db: Database, pageId: number, key: string, valueJson: string, authorId: string, at: string): number {
  const row = db.prepare('SELECT MAX(id) AS max FROM conf_page_properties').get() as { max: number | null };
  const id = (row.max ?? 2293760) + 1;
  db.prepare(
    'INSERT INTO conf_page_properties (id, page_id, key, value_json, version_number, version_author, version_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
  ).run(id, pageId, key, valueJson, authorId, at);
  return id;
}

export interface PropertyUpdate {
  valueJson: string;
  versionNumber: number;
  message: string;
  authorId: string;
  at: string;
}

/** Writes only if the stored version is still `expectedCurrent` (the row-level half of optimistic locking). */
export function updateProperty(db: Database, id: number, expectedCurrent: number, u: PropertyUpdate): boolean {
  const result = db
    .prepare(
      `UPDATE conf_page_properties SET value_json = ?, version_number = ?, version_message = ?, version_author = ?, version_at = ?
       WHERE id = ? AND version_number = ?`,
    )
    .run(u.valueJson, u.versionNumber, u.message, u.authorId, u.at, id, expectedCurrent);
  return result.changes === 1;
}

export function deleteProperty(db: Database, id: number): void {
  db.prepare('DELETE FROM conf_page_properties WHERE id = ?').run(id);
}
