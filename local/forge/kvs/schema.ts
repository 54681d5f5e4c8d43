/**
 * Forge KVS on SQLite. `space` separates plain keys, secrets and custom entities (`entity:<name>`).
 * Values are stored as JSON text; `expires_at` (ms) implements `ttl`.
 */
export const kvsSchema = `
CREATE TABLE IF NOT EXISTS kvs_items (
  space       TEXT NOT NULL,
  key         TEXT NOT NULL,
  value       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  expires_at  INTEGER,
  PRIMARY KEY (space, key)
);
`;
