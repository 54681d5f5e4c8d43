import type { Database } from '../db/sqlite';
import type { Principal } from '../http/types';
import type { JiraPermission, SpacePermission } from './demo-users';

export interface UserRow {
  account_id: string;
  email: string;
  display_name: string;
  locale: string;
  time_zone: string;
  active: number;
  account_type: string;
}

export function findUserByEmail(db: Database, email: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE lower(email) = lower(?)').get(email) as UserRow | undefined;
}

export function findUser(db: Database, accountId: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE account_id = ?').get(accountId) as UserRow | undefined;
}

export function listUsers(db: Database): UserRow[] {
  return db.prepare('SELECT * FROM users ORDER BY display_name').all() as UserRow[];
}

/** The app (asApp) may do everything its scopes allow; a user needs a grant on the project. */
export function hasJiraPermission(db: Database, principal: Principal, projectKey: string, permission: JiraPermission): boolean {
  if (principal.kind === 'app') return true;
  if (principal.kind !== 'user') return false;
  const row = db
    .prepare("SELECT 1 FROM grants WHERE product = 'jira' AND container = ? AND account_id = ? AND permission = ?")
    .get(projectKey, principal.accountId, permission);
  return row !== undefined;
}

/** The container of Jira's global permissions in the grants table (no project is named `*`). */
export const SITE = '*';

/** Jira's global permissions the emulator knows: ADMINISTER (site administrators). The app itself holds them all. */
export function hasGlobalJiraPermission(db: Database, principal: Principal, permission: 'ADMINISTER'): boolean {
  if (principal.kind === 'app') return true;
  if (principal.kind !== 'user') return false;
  const row = db
    .prepare("SELECT 1 FROM grants WHERE product = 'jira' AND container = ? AND account_id = ? AND permission = ?")
    .get(SITE, principal.accountId, permission);
  return row !== undefined;
}

export function hasSpacePermission(db: Database, principal: Principal, spaceKey: string, permission: SpacePermission): boolean {
  if (principal.kind === 'app') return true;
  if (principal.kind !== 'user') return false;
  const row = db
    .prepare("SELECT 1 FROM grants WHERE product = 'confluence' AND container = ? AND account_id = ? AND permission = ?")
    .get(spaceKey, principal.accountId, permission);
  return row !== undefined;
}

export function grant(db: Database, product: 'jira' | 'confluence', container: string, accountId: string, permission: string): void {
  db.prepare('INSERT OR IGNORE INTO grants (product, container, account_id, permission) VALUES (?, ?, ?, ?)').run(
    product,
    container,
    accountId,
    permission,
  );
}
