import type { Database } from '../../db/sqlite';

/** Adds a global label (lowercased, as Confluence stores them); adding it twice changes nothing. */
export function addLabel(db: Database, pageId: number, name: string): void {
  db.prepare('INSERT OR IGNORE INTO conf_page_labels (page_id, name) VALUES (?, ?)').run(pageId, name.toLowerCase());
}

/** Every page's labels, by page id (pages without labels are absent). */
export function labelsByPage(db: Database): Map<number, string[]> {
  const rows = db.prepare('SELECT page_id, name FROM conf_page_labels ORDER BY page_id, name').all() as { page_id: number; name: string }[];
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.page_id, [...(map.get(r.page_id) ?? []), r.name]);
  return map;
}
