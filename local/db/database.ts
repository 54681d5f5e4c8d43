import { Database } from './sqlite';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { identitySchema } from '../identity/schema';
import { jiraSchema } from '../jira/store/schema';
import { confluenceSchema } from '../confluence/schema';
import { kvsSchema } from '../forge/kvs/schema';

export type { Database };

/** Every module owns its tables; this list is the whole database. Statements must be idempotent (IF NOT EXISTS). */
const SCHEMAS: string[] = [identitySchema, jiraSchema, confluenceSchema, kvsSchema];

export interface OpenOptions {
  /** File path, or `:memory:` for tests. */
  file: string;
  /** Delete the file first (`npm start -- --reset`). */
  reset?: boolean;
}

export function openDatabase({ file, reset }: OpenOptions): Database {
  if (file !== ':memory:') {
    if (reset) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    mkdirSync(dirname(file), { recursive: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  for (const sql of SCHEMAS) if (sql.trim()) db.exec(sql);
  return db;
}

/** True when the database holds no demo site yet (fresh file). */
export function isEmpty(db: Database): boolean {
  const row = db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number };
  return row.n === 0;
}
