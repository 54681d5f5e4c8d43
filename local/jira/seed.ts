import type { Database } from 'better-sqlite3';

/** Project MKT, its issue types, statuses, fields and demo issues. */
export function seedJira(_db: Database): void {}
