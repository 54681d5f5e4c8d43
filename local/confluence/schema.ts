/**
 * Confluence tables: owned by local/confluence. Ids are integers (Confluence v2 ids are numeric strings on the wire).
 * A page's body lives in its versions: the current body is the row with the highest number.
 */
export const confluenceSchema = `
CREATE TABLE IF NOT EXISTS conf_spaces (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  type         TEXT NOT NULL DEFAULT 'global',
  status       TEXT NOT NULL DEFAULT 'current',
  author_id    TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  homepage_id  INTEGER,
  description  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS conf_pages (
  id          INTEGER PRIMARY KEY,
  space_id    INTEGER NOT NULL REFERENCES conf_spaces(id),
  parent_id   INTEGER REFERENCES conf_pages(id),
  title       TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current','draft','archived','trashed','deleted')),
  author_id   TEXT NOT NULL,
  owner_id    TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS conf_pages_space ON conf_pages(space_id, id);
-- Confluence refuses two current pages with the same title in a space.
CREATE UNIQUE INDEX IF NOT EXISTS conf_pages_title ON conf_pages(space_id, title) WHERE status = 'current';
CREATE TABLE IF NOT EXISTS conf_page_versions (
  page_id     INTEGER NOT NULL REFERENCES conf_pages(id),
  number      INTEGER NOT NULL,
  storage     TEXT NOT NULL,
  author_id   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  message     TEXT NOT NULL DEFAULT '',
  minor_edit  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (page_id, number)
);
-- Global labels on pages (CQL label = x); Confluence lowercases label names.
CREATE TABLE IF NOT EXISTS conf_page_labels (
  page_id  INTEGER NOT NULL REFERENCES conf_pages(id),
  name     TEXT NOT NULL,
  PRIMARY KEY (page_id, name)
);
CREATE TABLE IF NOT EXISTS conf_page_properties (
  id              INTEGER PRIMARY KEY,
  page_id         INTEGER NOT NULL REFERENCES conf_pages(id),
  key             TEXT NOT NULL,
  value_json      TEXT NOT NULL,
  version_number  INTEGER NOT NULL,
  version_author  TEXT NOT NULL,
  version_at      TEXT NOT NULL,
  version_message TEXT NOT NULL DEFAULT '',
  UNIQUE (page_id, key)
);
`;
