import type { Database } from '../../db/sqlite';

/** Forge's own limits: a key of at most 500 characters, a value of at most 240 KiB. */
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export class KvsError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface StoredItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
}

export type Ttl = { value: number; unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS' };
const TTL_MS: Record<Ttl['unit'], number> = { SECONDS: 1e3, MINUTES: 60e3, HOURS: 3600e3, DAYS: 86400e3 };

export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) throw new KvsError(400, 'INVALID_KEY', 'key must be a non-empty string');
  if (key.length > MAX_KEY_LENGTH) throw new KvsError(400, 'INVALID_KEY', `key is longer than ${MAX_KEY_LENGTH} characters`);
  if (!KEY_PATTERN.test(key)) throw new KvsError(400, 'INVALID_KEY', `key '${key}' has characters outside [a-zA-Z0-9:._ -#]`);
  return key;
}

function encodeValue(value: unknown): string {
  if (value === undefined) throw new KvsError(400, 'INVALID_VALUE', 'value is required');
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text) > MAX_VALUE_BYTES) {
    throw new KvsError(413, 'VALUE_TOO_LARGE', `value is larger than ${MAX_VALUE_BYTES} bytes`);
  }
  return text;
}

const toItem = (r: Row): StoredItem => ({
  key: r.key,
  value: JSON.parse(r.value) as unknown,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ...(r.expires_at ? { expireTime: new Date(r.expires_at).toISOString() } : {}),
});

/** The storage behind the KVS wire protocol; every method is synchronous and runs inside the caller's transaction. */
export class KvsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  get(space: string, key: string): StoredItem | undefined {
    const row = this.db
      .prepare(
        'SELECT key, value, created_at, updated_at, expires_at FROM kvs_items WHERE space = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)',
      )
      .get(space, checkKey(key), this.now()) as Row | undefined;
    return row ? toItem(row) : undefined;
  }

  set(
    space: string,
    key: string,
    value: unknown,
    opts: { ttl?: Ttl; failIfExists?: boolean } = {},
  ): { previous?: StoredItem; latest: StoredItem } {
    checkKey(key);
    const text = encodeValue(value);
    const previous = this.get(space, key);
    if (previous && opts.failIfExists) throw new KvsError(409, 'KEY_ALREADY_EXISTS', `key '${key}' already exists`);
    const now = this.now();
    const expires = opts.ttl ? now + opts.ttl.value * TTL_MS[opts.ttl.unit] : null;
    this.db
      .prepare(
        `INSERT INTO kvs_items (space, key, value, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(space, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, expires_at = excluded.expires_at,
           created_at = CASE WHEN kvs_items.expires_at IS NOT NULL AND kvs_items.expires_at <= excluded.updated_at THEN excluded.created_at ELSE kvs_items.created_at END`,
      )
      .run(space, key, text, now, now, expires);
    return { previous, latest: this.get(space, key) as StoredItem };
  }

  delete(space: string, key: string): boolean {
    return this.db.prepare('DELETE FROM kvs_items WHERE space = ? AND key = ?').run(space, checkKey(key)).changes > 0;
  }

  /** Keys in order; `after` is the cursor (the last key of the previous page). */
  beginsWith(space: string, prefix: string, limit: number, after?: string): { items: StoredItem[]; cursor?: string } {
    const rows = this.db
      .prepare(
        `SELECT key, value, created_at, updated_at, expires_at FROM kvs_items
         WHERE space = ? AND substr(key, 1, ?) = ? AND key > ? AND (expires_at IS NULL OR expires_at > ?)
         ORDER BY key LIMIT ?`,
      )
      .all(space, prefix.length, prefix, after ?? '', this.now(), limit + 1) as Row[];
    const page = rows.slice(0, limit).map(toItem);
    return { items: page, cursor: rows.length > limit ? page.at(-1)?.key : undefined };
  }
}
