import type { Database } from '../../db/sqlite';

/**
 * Forge's KVS limits per installation count reads and writes per minute in 10 KB units: a request of 10 KB or less
 * is 1 unit, 10–20 KB is 2, and so on (developer.atlassian.com/platform/forge/limits-kvs-ce). The host counts them
 * per database (one database = one installation), for the bench to read per user action.
 */
export const KVS_UNIT_BYTES = 10_000;

export interface KvsOperationUnits {
  requests: number;
  readUnits: number;
  writeUnits: number;
}
export interface KvsUnits extends KvsOperationUnits {
  byOperation: Record<string, KvsOperationUnits>;
}

/** Paths that only read; every other one (set, delete, batch set/delete, transaction) writes. */
const READS = new Set([
  '/api/v1/get',
  '/api/v1/query',
  '/api/v1/batch/get',
  '/api/v1/secret/get',
  '/api/v1/entity/get',
  '/api/v1/entity/query',
]);

/** Units of one request: reads by the bytes answered, writes by the bytes sent; never less than 1. */
export const unitsOf = (bytes: number): number => Math.max(1, Math.ceil(bytes / KVS_UNIT_BYTES));

const byDb = new WeakMap<Database, KvsUnits>();
const empty = (): KvsUnits => ({ requests: 0, readUnits: 0, writeUnits: 0, byOperation: {} });

export function countKvsRequest(db: Database, path: string, requestBody: unknown, answerBody: unknown): void {
  const read = READS.has(path);
  const sized = read ? answerBody : requestBody;
  const units = unitsOf(sized === undefined ? 0 : Buffer.byteLength(JSON.stringify(sized)));
  let total = byDb.get(db);
  if (!total) byDb.set(db, (total = empty()));
  const op = (total.byOperation[path] ??= { requests: 0, readUnits: 0, writeUnits: 0 });
  for (const c of [total, op]) {
    c.requests += 1;
    if (read) c.readUnits += units;
    else c.writeUnits += units;
  }
}

/** What the installation of `db` has used since the last reset. */
export const kvsUnits = (db: Database): KvsUnits => structuredClone(byDb.get(db) ?? empty());
export const resetKvsUnits = (db: Database): void => void byDb.delete(db);
