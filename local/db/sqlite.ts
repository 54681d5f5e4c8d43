import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

/**
 * The local host's SQLite handle: Node 24's built-in `node:sqlite` (nothing to compile at `npm ci`), behind the
 * small synchronous API the emulator was written against (`prepare().get/all/run`, `exec`, `pragma`,
 * `transaction(fn)()`), so stores and routes stay plain synchronous code.
 */
/** Positional values, or one object of named values (`@name` in the SQL, keys without the prefix). */
export type BindParameters = SQLInputValue[] | [object];

/** Integers come back as numbers: the handle never turns on `readBigInts`. */
export interface RunResult {
  changes: number;
  lastInsertRowid: number;
}

export class Statement {
  /** Named parameters the SQL uses: callers pass whole row objects, and node:sqlite refuses unknown names. */
  private readonly names: ReadonlySet<string>;

  constructor(
    private readonly statement: StatementSync,
    sql: string,
  ) {
    this.names = new Set(Array.from(sql.matchAll(/[@:$]([A-Za-z_][A-Za-z0-9_]*)/g), (m) => m[1] ?? ''));
  }

  get(...params: BindParameters): unknown {
    return this.statement.get(...this.bind(params));
  }

  all(...params: BindParameters): unknown[] {
    return this.statement.all(...this.bind(params));
  }

  run(...params: BindParameters): RunResult {
    const { changes, lastInsertRowid } = this.statement.run(...this.bind(params));
    return { changes: Number(changes), lastInsertRowid: Number(lastInsertRowid) };
  }

  private bind(params: BindParameters): SQLInputValue[] {
    const [first] = params;
    if (params.length !== 1 || first === null || typeof first !== 'object' || ArrayBuffer.isView(first)) return params as SQLInputValue[];
    const named: Record<string, SQLInputValue> = {};
    for (const [key, value] of Object.entries(first)) if (this.names.has(key)) named[key] = value as SQLInputValue;
    return [named as unknown as SQLInputValue];
  }
}

/** Prepared statements are reused: the emulator runs the same few hundred SQL texts over and over. */
const STATEMENT_CACHE_LIMIT = 500;

export class Database {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, Statement>();
  private depth = 0;

  constructor(file: string, options: { readonly?: boolean } = {}) {
    this.db = new DatabaseSync(file, { readOnly: options.readonly ?? false });
  }

  prepare(sql: string): Statement {
    const cached = this.statements.get(sql);
    if (cached) return cached;
    const statement = new Statement(this.db.prepare(sql), sql);
    if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
    this.statements.set(sql, statement);
    return statement;
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  /** `pragma('journal_mode = WAL')`; returns the rows the pragma answers. */
  pragma(text: string): unknown[] {
    return this.db.prepare(`PRAGMA ${text}`).all();
  }

  /**
   * Wraps `fn` so each call runs in one transaction: committed when it returns, rolled back when it throws.
   * Nested calls use savepoints, so an inner failure undoes only the inner part (as better-sqlite3 did).
   */
  transaction<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => T {
    return (...args: A): T => {
      const savepoint = `sp_${this.depth}`;
      this.db.exec(this.depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
      this.depth++;
      try {
        const result = fn(...args);
        this.depth--;
        this.db.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
        return result;
      } catch (error) {
        this.depth--;
        this.db.exec(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
        throw error;
      }
    };
  }

  get open(): boolean {
    return this.db.isOpen;
  }

  close(): void {
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }
}
