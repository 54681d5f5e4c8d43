/**
 * Product-event deliveries to the app's trigger modules (owned by local/forge/triggers). A row is written in the
 * same synchronous step as the Jira write that caused it, so a restart replays what was not delivered yet.
 * `payload_json` is cleared once the delivery is over, to keep the file small; the row stays for the counts.
 */
export const triggerSchema = `
CREATE TABLE IF NOT EXISTS forge_trigger_deliveries (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  module_key    TEXT NOT NULL,
  event_type    TEXT NOT NULL,
  subject       TEXT NOT NULL,
  payload_json  TEXT,
  status        TEXT NOT NULL CHECK (status IN ('pending','running','delivered','failed','ignored')),
  detail        TEXT,
  created       TEXT NOT NULL,
  finished      TEXT
);
CREATE INDEX IF NOT EXISTS forge_trigger_deliveries_status ON forge_trigger_deliveries(status, id);
`;
