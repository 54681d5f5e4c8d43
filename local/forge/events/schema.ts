/** The local async-events queue (owned by local/forge/events). Rows survive a restart, so a crash mid-event is replayed. */
export const queueSchema = `
CREATE TABLE IF NOT EXISTS forge_queue_events (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  queue            TEXT NOT NULL,
  job_id           TEXT NOT NULL,
  event_id         TEXT NOT NULL UNIQUE,
  body_json        TEXT NOT NULL,
  account_id       TEXT,
  status           TEXT NOT NULL CHECK (status IN ('pending','running','succeeded','failed','cancelled')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  not_before       INTEGER NOT NULL,
  retry_reason     TEXT,
  retry_data_json  TEXT,
  last_error       TEXT,
  created          TEXT NOT NULL,
  updated          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS forge_queue_events_due ON forge_queue_events(queue, status, not_before);
CREATE INDEX IF NOT EXISTS forge_queue_events_job ON forge_queue_events(job_id);
`;
