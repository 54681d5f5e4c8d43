import type { Database } from 'better-sqlite3';

/** Space MKT with two campaign briefs (FR and EN). */
export function seedConfluence(_db: Database): void {}
