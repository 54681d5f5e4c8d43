import type { Database } from '../../db/sqlite';

/**
 * The JQL search aliases of the issue properties a Forge app indexes (`jira:entityProperty` `values[].searchAlias`):
 * `campaignChannel = email` reads `issue.property[campaignTargeting].channels = email`. Installed with the app.
 */
const aliasSchema = `
CREATE TABLE IF NOT EXISTS jira_property_aliases (
  alias         TEXT PRIMARY KEY,
  property_key  TEXT NOT NULL,
  path          TEXT NOT NULL
);
`;

export interface PropertyAlias {
  /** As the manifest writes it; JQL reads it case-insensitively. */
  alias: string;
  propertyKey: string;
  /** The dotted path inside the property (`gates.status`). */
  path: string;
}

const ready = new WeakSet<Database>();

function ensure(db: Database): void {
  if (ready.has(db)) return;
  db.exec(aliasSchema);
  ready.add(db);
}

/** Replaces the installed aliases with these (an app install declares them all). */
export function replacePropertyAliases(db: Database, aliases: readonly PropertyAlias[]): void {
  ensure(db);
  db.transaction(() => {
    db.prepare('DELETE FROM jira_property_aliases').run();
    const insert = db.prepare('INSERT INTO jira_property_aliases (alias, property_key, path) VALUES (?, ?, ?)');
    for (const a of aliases) insert.run(a.alias.toLowerCase(), a.propertyKey, a.path);
  })();
}

/** Alias (lower case) → the property and the path it stands for, as the JQL engine takes them. */
export function propertyAliases(db: Database): Map<string, { key: string; path: string[] }> {
  ensure(db);
  const rows = db.prepare('SELECT alias, property_key, path FROM jira_property_aliases').all() as {
    alias: string;
    property_key: string;
    path: string;
  }[];
  return new Map(rows.map((r) => [r.alias, { key: r.property_key, path: r.path.split('.') }]));
}
