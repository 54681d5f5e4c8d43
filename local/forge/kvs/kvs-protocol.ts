import type { Database } from '../../db/sqlite';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { KvsError, KvsStore, type StoredItem } from './kvs-store';
import { countKvsRequest } from './kvs-units';

/**
 * The `@forge/kvs` wire protocol (POST JSON to /api/v1/...), answered from SQLite.
 * Shapes come from the SDK's own source (node_modules/@forge/kvs/out/storage-api.js).
 */
export interface KvsAnswer {
  status: number;
  body?: unknown;
}

const TtlSchema = z.object({ value: z.number().int().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const MetadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'])).optional();
const GetBody = z.object({
  key: z.string(),
  entityName: z.string().optional(),
  options: z.object({ metadataFields: MetadataFields }).optional(),
});
const SetOptions = z
  .object({
    ttl: TtlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: MetadataFields,
  })
  .optional();
const SetBody = z.object({ key: z.string(), value: z.unknown(), entityName: z.string().optional(), options: SetOptions });
const DeleteBody = z.object({ key: z.string(), entityName: z.string().optional() });
const QueryBody = z.object({
  limit: z.number().int().min(1).max(100).optional(),
  after: z.string().optional(),
  where: z
    .array(
      z.object({ property: z.literal('key'), condition: z.literal('BEGINS_WITH'), values: z.tuple([z.union([z.string(), z.number()])]) }),
    )
    .max(1)
    .optional(),
  options: z.object({ metadataFields: MetadataFields }).optional(),
});
const TransactionBody = z.object({
  set: z.array(SetBody.extend({ conditions: z.unknown().optional() })).optional(),
  delete: z.array(DeleteBody.extend({ conditions: z.unknown().optional() })).optional(),
  check: z.array(z.unknown()).optional(),
});

const MAX_TRANSACTION_OPS = 25;
const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;
const MAX_BATCH = 25;

const spaceFor = (kind: 'plain' | 'secret', entityName?: string): string => (entityName ? `entity:${entityName}` : kind);

const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');
const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

function itemBody(item: StoredItem): Record<string, unknown> {
  return {
    key: item.key,
    value: item.value,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.expireTime ? { expireTime: item.expireTime } : {}),
  };
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    const issue = firstIssue(r.error);
    throw new KvsError(400, 'INVALID_REQUEST', `${issue.path || 'body'}: ${issue.message}`);
  }
  return r.data;
}

const ENTITY_NOT_READY = new KvsError(501, 'NOT_IMPLEMENTED', 'Custom entity queries are not supported by the local host yet');

export function answerKvs(db: Database, path: string, body: unknown): KvsAnswer {
  const store = new KvsStore(db);
  const answer = answerKvsRequest(db, store, path, body);
  countKvsRequest(db, path, body, answer.body);
  return answer;
}

function answerKvsRequest(db: Database, store: KvsStore, path: string, body: unknown): KvsAnswer {
  try {
    return db.transaction(() => dispatch(store, path, body))();
  } catch (e) {
    if (e instanceof KvsError) return { status: e.status, body: { code: e.code, message: e.message } };
    throw e;
  }
}

function dispatch(store: KvsStore, path: string, body: unknown): KvsAnswer {
  const notFound = (key: string): KvsAnswer => ({ status: 404, body: { code: 'KEY_NOT_FOUND', message: `key '${key}' not found` } });
  const get = (kind: 'plain' | 'secret'): KvsAnswer => {
    const b = parse(GetBody, body);
    const item = store.get(spaceFor(kind, b.entityName), b.key);
    return item ? { status: 200, body: itemBody(item) } : notFound(b.key);
  };
  const set = (kind: 'plain' | 'secret'): KvsAnswer => {
    const b = parse(SetBody, body);
    const { previous, latest } = store.set(spaceFor(kind, b.entityName), b.key, b.value, {
      ttl: b.options?.ttl,
      failIfExists: b.options?.keyPolicy === 'FAIL_IF_EXISTS',
    });
    if (b.options?.returnValue === 'PREVIOUS') return previous ? { status: 200, body: itemBody(previous) } : { status: 204 };
    if (b.options?.returnValue === 'LATEST') return { status: 200, body: itemBody(latest) };
    return { status: 204 };
  };
  const del = (kind: 'plain' | 'secret'): KvsAnswer => {
    const b = parse(DeleteBody, body);
    return store.delete(spaceFor(kind, b.entityName), b.key) ? { status: 204 } : notFound(b.key);
  };

  switch (path) {
    case '/api/v1/get':
      return get('plain');
    case '/api/v1/set':
      return set('plain');
    case '/api/v1/delete':
      return del('plain');
    case '/api/v1/secret/get':
      return get('secret');
    case '/api/v1/secret/set':
      return set('secret');
    case '/api/v1/secret/delete':
      return del('secret');
    case '/api/v1/entity/get':
      return get('plain');
    case '/api/v1/entity/set':
      return set('plain');
    case '/api/v1/entity/delete':
      return del('plain');
    case '/api/v1/entity/query':
      throw ENTITY_NOT_READY;
    case '/api/v1/query': {
      const b = parse(QueryBody, body);
      const prefix = b.where?.[0] ? String(b.where[0].values[0]) : '';
      const page = store.beginsWith('plain', prefix, b.limit ?? 10, b.after ? decodeCursor(b.after) : undefined);
      return {
        status: 200,
        body: { data: page.items.map(itemBody), ...(page.cursor ? { cursor: encodeCursor(page.cursor) } : {}) },
      };
    }
    case '/api/v1/batch/get': {
      const items = parse(z.array(GetBody).max(MAX_BATCH), body);
      const successfulKeys: unknown[] = [];
      const failedKeys: unknown[] = [];
      for (const it of items) {
        const found = store.get(spaceFor('plain', it.entityName), it.key);
        if (found) successfulKeys.push({ ...itemBody(found), ...(it.entityName ? { entityName: it.entityName } : {}) });
        else failedKeys.push({ key: it.key, entityName: it.entityName, error: { code: 'KEY_NOT_FOUND', message: 'not found' } });
      }
      return { status: 200, body: { successfulKeys, failedKeys } };
    }
    case '/api/v1/batch/set': {
      const items = parse(z.array(SetBody).max(MAX_BATCH), body);
      const successfulKeys: unknown[] = [];
      const failedKeys: unknown[] = [];
      for (const it of items) {
        try {
          store.set(spaceFor('plain', it.entityName), it.key, it.value, { ttl: it.options?.ttl });
          successfulKeys.push({ key: it.key, entityName: it.entityName });
        } catch (e) {
          if (!(e instanceof KvsError)) throw e;
          failedKeys.push({ key: it.key, entityName: it.entityName, error: { code: e.code, message: e.message } });
        }
      }
      return { status: 200, body: { successfulKeys, failedKeys } };
    }
    case '/api/v1/batch/delete': {
      const items = parse(z.array(DeleteBody).max(MAX_BATCH), body);
      for (const it of items) store.delete(spaceFor('plain', it.entityName), it.key);
      return { status: 200, body: { successfulKeys: items.map((i) => ({ key: i.key, entityName: i.entityName })), failedKeys: [] } };
    }
    case '/api/v1/transaction': {
      const b = parse(TransactionBody, body);
      if (b.check?.length) throw ENTITY_NOT_READY;
      const ops = [...(b.set ?? []), ...(b.delete ?? [])];
      if (ops.length === 0) throw new KvsError(400, 'INVALID_REQUEST', 'transaction has no operations');
      if (ops.length > MAX_TRANSACTION_OPS)
        throw new KvsError(400, 'TOO_MANY_OPERATIONS', `a transaction holds at most ${MAX_TRANSACTION_OPS} operations`);
      if (Buffer.byteLength(JSON.stringify(body)) > MAX_TRANSACTION_BYTES)
        throw new KvsError(413, 'PAYLOAD_TOO_LARGE', 'a transaction is at most 4 MB');
      const keys = ops.map((o) => `${o.entityName ?? ''}\u0000${o.key}`);
      if (new Set(keys).size !== keys.length) throw new KvsError(400, 'DUPLICATE_KEY', 'each key may appear once in a transaction');
      // The whole dispatch already runs inside one SQLite transaction: any throw rolls every operation back.
      for (const s of b.set ?? []) store.set(spaceFor('plain', s.entityName), s.key, s.value, { ttl: s.options?.ttl });
      for (const d of b.delete ?? []) store.delete(spaceFor('plain', d.entityName), d.key);
      return { status: 204 };
    }
    default:
      throw new KvsError(404, 'NOT_FOUND', `Unknown KVS operation ${path}`);
  }
}
