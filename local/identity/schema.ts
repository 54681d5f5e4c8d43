/** Users of the emulated site and what they may do per Jira project / Confluence space. */
export const identitySchema = `
CREATE TABLE IF NOT EXISTS users (
  account_id    TEXT PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  locale        TEXT NOT NULL DEFAULT 'en_US',
  time_zone     TEXT NOT NULL DEFAULT 'Europe/Paris',
  active        INTEGER NOT NULL DEFAULT 1,
  account_type  TEXT NOT NULL DEFAULT 'atlassian'
);
-- permission: BROWSE_PROJECTS | EDIT_ISSUES | ADMINISTER_PROJECTS (Jira), or read | write (Confluence space)
CREATE TABLE IF NOT EXISTS grants (
  product     TEXT NOT NULL CHECK (product IN ('jira','confluence')),
  container   TEXT NOT NULL,
  account_id  TEXT NOT NULL REFERENCES users(account_id),
  permission  TEXT NOT NULL,
  PRIMARY KEY (product, container, account_id, permission)
);
`;
