import type { Database } from '../../db/sqlite';

/**
 * Custom fields that a Forge app's `jira:customField` modules installed: which field id each module got, the key
 * Jira shows for it, and the manifest's JSON schema for object fields. The field itself lives in `jira_fields`.
 */
const forgeFieldSchema = `
CREATE TABLE IF NOT EXISTS jira_forge_fields (
  field_id           TEXT PRIMARY KEY REFERENCES jira_fields(id),
  extension_ari      TEXT NOT NULL UNIQUE,
  field_key          TEXT NOT NULL,
  value_schema_json  TEXT
);
`;

export interface ForgeFieldRow {
  field_id: string;
  extension_ari: string;
  field_key: string;
  value_schema_json: string | null;
}

const ready = new WeakSet<Database>();

function ensure(db: Database): void {
  if (ready.has(db)) return;
  db.exec(forgeFieldSchema);
  ready.add(db);
}

export function findForgeField(db: Database, fieldId: string): ForgeFieldRow | undefined {
  ensure(db);
  return db.prepare('SELECT * FROM jira_forge_fields WHERE field_id = ?').get(fieldId) as ForgeFieldRow | undefined;
}

export function forgeFieldByExtension(db: Database, extensionAri: string): ForgeFieldRow | undefined {
  ensure(db);
  return db.prepare('SELECT * FROM jira_forge_fields WHERE extension_ari = ?').get(extensionAri) as ForgeFieldRow | undefined;
}

export function listForgeFields(db: Database): ForgeFieldRow[] {
  ensure(db);
  return db.prepare('SELECT * FROM jira_forge_fields ORDER BY field_id').all() as ForgeFieldRow[];
}

export interface ForgeFieldInstall {
  fieldId: string;
  name: string;
  /** Jira's field schema: `{type, custom: <extension ARI>, customId}`. */
  schema: { type: string; custom: string; customId: number };
  fieldKey: string;
  valueSchema?: unknown;
}

/** Inserts or updates one Forge field (name and schema follow the manifest; id and stored values stay). */
export function upsertForgeField(db: Database, f: ForgeFieldInstall): void {
  ensure(db);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO jira_fields (id, name, custom, schema_json, navigable, orderable, searchable, settable, options_json) VALUES (?, ?, 1, ?, 1, 1, 1, 1, NULL)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, schema_json = excluded.schema_json`,
    ).run(f.fieldId, f.name, JSON.stringify(f.schema));
    db.prepare(
      `INSERT INTO jira_forge_fields (field_id, extension_ari, field_key, value_schema_json) VALUES (?, ?, ?, ?)
       ON CONFLICT(field_id) DO UPDATE SET field_key = excluded.field_key, value_schema_json = excluded.value_schema_json`,
    ).run(f.fieldId, f.schema.custom, f.fieldKey, f.valueSchema === undefined ? null : JSON.stringify(f.valueSchema));
  })();
}
