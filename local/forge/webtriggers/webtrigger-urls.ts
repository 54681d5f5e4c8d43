import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/sqlite';

/**
 * Web trigger URLs the app created with `webTrigger.getUrl` (owned by local/forge/webtriggers). Like Forge, a URL is
 * stable per module (same one on every call, across restarts) until `forceCreate` makes another or `deleteUrl`
 * removes it.
 */
const schema = `
CREATE TABLE IF NOT EXISTS forge_webtrigger_urls (
  id          TEXT PRIMARY KEY,
  module_key  TEXT NOT NULL,
  created     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS forge_webtrigger_urls_module ON forge_webtrigger_urls(module_key, created);
`;

export class WebTriggerUrls {
  constructor(private readonly db: Database) {
    db.exec(schema);
  }

  /** The module's id (the newest one), or a new one when there is none or `forceCreate`. */
  idFor(moduleKey: string, forceCreate: boolean): string {
    if (!forceCreate) {
      const row = this.db
        .prepare('SELECT id FROM forge_webtrigger_urls WHERE module_key = ? ORDER BY created DESC, rowid DESC LIMIT 1')
        .get(moduleKey) as { id: string } | undefined;
      if (row) return row.id;
    }
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO forge_webtrigger_urls (id, module_key, created) VALUES (?, ?, ?)')
      .run(id, moduleKey, new Date().toISOString());
    return id;
  }

  moduleOf(id: string): string | undefined {
    return (this.db.prepare('SELECT module_key FROM forge_webtrigger_urls WHERE id = ?').get(id) as { module_key: string } | undefined)
      ?.module_key;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM forge_webtrigger_urls WHERE id = ?').run(id).changes > 0;
  }

  list(): { id: string; moduleKey: string }[] {
    return (
      this.db.prepare('SELECT id, module_key FROM forge_webtrigger_urls ORDER BY created, rowid').all() as {
        id: string;
        module_key: string;
      }[]
    ).map((r) => ({ id: r.id, moduleKey: r.module_key }));
  }
}
