import type { Database } from '../db/sqlite';
import { DEMO_USERS } from './demo-users';
import { grant } from './permissions';

/** Inserts the demo people and their grants on project MKT and space MKT. */
export function seedUsers(db: Database): void {
  const insert = db.prepare('INSERT OR IGNORE INTO users (account_id, email, display_name, locale, account_type) VALUES (?, ?, ?, ?, ?)');
  for (const u of DEMO_USERS) {
    insert.run(u.accountId, u.email, u.displayName, u.locale, u.accountType ?? 'atlassian');
    for (const p of u.jira) grant(db, 'jira', 'MKT', u.accountId, p);
    for (const p of u.confluence) grant(db, 'confluence', 'MKT', u.accountId, p);
  }
}
