/**
 * Jira tables: owned by local/jira. Issues keep their indexed system fields in columns (what JQL and the
 * renderers read most) and everything else (description, custom fields) as JSON in `extra_json`.
 * Timestamps are ISO-8601 UTC strings; the routes format them the way Jira does.
 */
export const jiraSchema = `
CREATE TABLE IF NOT EXISTS jira_projects (
  id                TEXT PRIMARY KEY,
  key               TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  project_type_key  TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  lead_account_id   TEXT NOT NULL,
  next_number       INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS jira_issue_types (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  description      TEXT NOT NULL,
  subtask          INTEGER NOT NULL DEFAULT 0,
  hierarchy_level  INTEGER NOT NULL DEFAULT 0,
  avatar_id        INTEGER NOT NULL
);
-- Each project's issue type scheme: the types its issues may have (GET /project/{key} lists them).
CREATE TABLE IF NOT EXISTS jira_project_issue_types (
  project_id     TEXT NOT NULL REFERENCES jira_projects(id),
  issue_type_id  TEXT NOT NULL REFERENCES jira_issue_types(id),
  PRIMARY KEY (project_id, issue_type_id)
);
-- category: new | indeterminate | done
CREATE TABLE IF NOT EXISTS jira_statuses (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE,
  description  TEXT NOT NULL DEFAULT '',
  category     TEXT NOT NULL CHECK (category IN ('new','indeterminate','done'))
);
-- Global transitions ("from any status"), as in a simplified business workflow.
CREATE TABLE IF NOT EXISTS jira_transitions (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  to_status_id    TEXT NOT NULL REFERENCES jira_statuses(id)
);
CREATE TABLE IF NOT EXISTS jira_fields (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  custom        INTEGER NOT NULL DEFAULT 0,
  schema_json   TEXT NOT NULL,
  navigable     INTEGER NOT NULL DEFAULT 1,
  orderable     INTEGER NOT NULL DEFAULT 1,
  searchable    INTEGER NOT NULL DEFAULT 1,
  settable      INTEGER NOT NULL DEFAULT 1,
  options_json  TEXT
);
CREATE TABLE IF NOT EXISTS jira_issues (
  id                   INTEGER PRIMARY KEY AUTOINCREMENT,
  key                  TEXT NOT NULL UNIQUE,
  project_id           TEXT NOT NULL REFERENCES jira_projects(id),
  issue_type_id        TEXT NOT NULL REFERENCES jira_issue_types(id),
  status_id            TEXT NOT NULL REFERENCES jira_statuses(id),
  parent_id            INTEGER REFERENCES jira_issues(id),
  summary              TEXT NOT NULL,
  assignee_account_id  TEXT,
  reporter_account_id  TEXT,
  creator_account_id   TEXT,
  due_date             TEXT,
  labels_json          TEXT NOT NULL DEFAULT '[]',
  resolution           TEXT,
  created              TEXT NOT NULL,
  updated              TEXT NOT NULL,
  resolved             TEXT,
  status_changed       TEXT NOT NULL,
  extra_json           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS jira_issues_project ON jira_issues(project_id);
CREATE INDEX IF NOT EXISTS jira_issues_parent ON jira_issues(parent_id);
CREATE TABLE IF NOT EXISTS jira_issue_properties (
  issue_id    INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  value_json  TEXT NOT NULL,
  PRIMARY KEY (issue_id, key)
);
CREATE TABLE IF NOT EXISTS jira_comments (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id         INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  author_id        TEXT NOT NULL,
  update_author_id TEXT NOT NULL,
  body_json        TEXT NOT NULL,
  visibility_json  TEXT,
  created          TEXT NOT NULL,
  updated          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_comments_issue ON jira_comments(issue_id);
CREATE TABLE IF NOT EXISTS jira_comment_properties (
  comment_id  INTEGER NOT NULL REFERENCES jira_comments(id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  value_json  TEXT NOT NULL,
  PRIMARY KEY (comment_id, key)
);
CREATE TABLE IF NOT EXISTS jira_changelog (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id   INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  author_id  TEXT,
  created    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_changelog_issue ON jira_changelog(issue_id);
CREATE TABLE IF NOT EXISTS jira_changelog_items (
  changelog_id  INTEGER NOT NULL REFERENCES jira_changelog(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  field         TEXT NOT NULL,
  field_type    TEXT NOT NULL,
  field_id      TEXT NOT NULL,
  from_value    TEXT,
  from_string   TEXT,
  to_value      TEXT,
  to_string     TEXT,
  PRIMARY KEY (changelog_id, position)
);
CREATE TABLE IF NOT EXISTS jira_link_types (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  inward   TEXT NOT NULL,
  outward  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jira_issue_links (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  type_id           TEXT NOT NULL REFERENCES jira_link_types(id),
  inward_issue_id   INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  outward_issue_id  INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE
);
-- Attachment metadata only (the emulator keeps no file contents): what the issue's 'attachment' field lists.
CREATE TABLE IF NOT EXISTS jira_attachments (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id    INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  filename    TEXT NOT NULL,
  size        INTEGER NOT NULL,
  mime_type   TEXT NOT NULL,
  author_id   TEXT NOT NULL,
  created     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_attachments_issue ON jira_attachments(issue_id);
CREATE TABLE IF NOT EXISTS jira_remote_links (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id          INTEGER NOT NULL REFERENCES jira_issues(id) ON DELETE CASCADE,
  global_id         TEXT,
  relationship      TEXT,
  application_json  TEXT,
  object_json       TEXT NOT NULL
);
`;
