import { kvs, WhereConditions } from '@forge/kvs';
import { openDatabase, type Database } from '../../../local/db/database';
import { installForgeGlobals, invocations } from '../../../local/forge/runtime';

/** The real @forge/kvs SDK, talking through __forge_fetch__ to the local host's SQLite-backed KVS. */
describe('@forge/kvs on the local host', () => {
  let db: Database;
  const inInvocation = <T>(fn: () => Promise<T>): Promise<T> =>
    invocations.run(
      { invocationId: 'test', moduleKey: 'test', deadline: Date.now() + 25_000, db, productBaseUrl: 'http://127.0.0.1:1' },
      fn,
    );

  beforeAll(() => installForgeGlobals());
  beforeEach(() => {
    db = openDatabase({ file: ':memory:' });
  });
  afterEach(() => db.close());

  it('sets, gets and deletes JSON values; a missing key is undefined', async () => {
    await inInvocation(async () => {
      await kvs.set('campaign:MKT-1', { budget: 12000, currency: 'EUR' });
      expect(await kvs.get('campaign:MKT-1')).toEqual({ budget: 12000, currency: 'EUR' });
      await kvs.delete('campaign:MKT-1');
      expect(await kvs.get('campaign:MKT-1')).toBeUndefined();
      expect(await kvs.get('never-set')).toBeUndefined();
    });
  });

  it('honours FAIL_IF_EXISTS and returnValue', async () => {
    await inInvocation(async () => {
      await kvs.set('decision:1', { by: 'lea' }, { keyPolicy: 'FAIL_IF_EXISTS' });
      await expect(kvs.set('decision:1', { by: 'hugo' }, { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({
        code: 'KEY_ALREADY_EXISTS',
      });
      expect(await kvs.get('decision:1')).toEqual({ by: 'lea' });
      const previous = await kvs.set('decision:1', { by: 'sophie' }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
      expect(previous).toMatchObject({ key: 'decision:1', value: { by: 'lea' } });
    });
  });

  it('queries by key prefix with cursor paging, each key once', async () => {
    await inInvocation(async () => {
      for (let i = 0; i < 7; i++) await kvs.set(`gate:MKT-1:${i}`, { i });
      await kvs.set('gate:MKT-2:0', { other: true });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        let q = kvs.query().where('key', WhereConditions.beginsWith('gate:MKT-1:')).limit(3);
        if (cursor) q = q.cursor(cursor);
        const page = await q.getMany();
        seen.push(...page.results.map((r) => r.key));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `gate:MKT-1:${i}`));
    });
  });

  it('runs transactions all-or-nothing and refuses a key twice', async () => {
    await inInvocation(async () => {
      await kvs.set('a', 1);
      await kvs.transact().set('b', 2).delete('a').execute();
      expect(await kvs.get('a')).toBeUndefined();
      expect(await kvs.get('b')).toBe(2);
      await expect(kvs.transact().set('c', 3).set('c', 4).execute()).rejects.toMatchObject({ code: 'DUPLICATE_KEY' });
      expect(await kvs.get('c')).toBeUndefined();
    });
  });

  it('keeps secrets apart from plain keys', async () => {
    await inInvocation(async () => {
      await kvs.setSecret('webhook:MKT-1', 's3cr3t');
      expect(await kvs.getSecret('webhook:MKT-1')).toBe('s3cr3t');
      expect(await kvs.get('webhook:MKT-1')).toBeUndefined();
    });
  });

  it('batch sets and gets, reporting missing keys', async () => {
    await inInvocation(async () => {
      const set = await kvs.batchSet([
        { key: 'x', value: 1 },
        { key: 'y', value: 2 },
      ]);
      expect(set.successfulKeys.map((k) => k.key)).toEqual(['x', 'y']);
      const got = await kvs.batchGet([{ key: 'x' }, { key: 'nope' }]);
      expect(got.successfulKeys).toEqual([expect.objectContaining({ key: 'x', value: 1 })]);
      expect(got.failedKeys.map((k) => k.key)).toEqual(['nope']);
    });
  });

  it('refuses values over 240 KiB and keys over 500 characters, storing nothing', async () => {
    await inInvocation(async () => {
      await expect(kvs.set('big', 'x'.repeat(241 * 1024))).rejects.toMatchObject({ code: 'VALUE_TOO_LARGE' });
      await expect(kvs.set('k'.repeat(501), 1)).rejects.toMatchObject({ code: 'INVALID_KEY' });
      expect(await kvs.get('big')).toBeUndefined();
    });
  });

  it('expires values after their ttl', async () => {
    await inInvocation(async () => {
      await kvs.set('short', 1, { ttl: { value: 1, unit: 'SECONDS' } });
      expect(await kvs.get('short')).toBe(1);
    });
    db.prepare('UPDATE kvs_items SET expires_at = ? WHERE key = ?').run(Date.now() - 1, 'short');
    await inInvocation(async () => expect(await kvs.get('short')).toBeUndefined());
  });

  it('fails like Forge outside an invocation', async () => {
    await expect(kvs.get('anything')).rejects.toThrow('Forge runtime not found.');
  });
});
