import type { Database } from '../db/sqlite';
import { DEMO_USERS } from './demo-users';
import { grant, SITE } from './permissions';

/** The demo projects (local/jira/seed-projects.ts): each person holds the same grants on both. */
const PROJECT_KEYS = ['MKT', 'EVT'] as const;

/** Inserts the demo people and their grants on projects MKT and EVT and on space MKT. */
export function seedUsers(db: Database): void {
  const insert = db.prepare('INSERT OR IGNORE INTO users (account_id, email, display_name, locale, account_type) VALUES (?, ?, ?, ?, ?)');
  for (const u of DEMO_USERS) {
    insert.run(u.accountId, u.email, u.displayName, u.locale, u.accountType ?? 'atlassian');
    for (const key of PROJECT_KEYS) for (const p of u.jira) grant(db, 'jira', key, u.accountId, p);
    if (u.siteAdmin) grant(db, 'jira', SITE, u.accountId, 'ADMINISTER');
    for (const p of u.confluence) grant(db, 'confluence', 'MKT', u.accountId, p);
  }
}
