import type { Database } from '../db/sqlite';
import { seedUsers } from '../identity/seed-users';
import { seedJira } from '../jira/seed';
import { seedConfluence } from '../confluence/seed';
import { seedDemoAppStorage } from './demo-app-storage';

/** Fills an empty database with the demo site: people, project MKT with issues, space MKT with two briefs, app storage. */
export function seedDemoSite(db: Database): void {
  db.transaction(() => {
    seedUsers(db);
    seedJira(db);
    seedConfluence(db);
    seedDemoAppStorage(db);
  })();
}
