import { openDatabase, type Database } from '../../../local/db/database';
import { answerKvs } from '../../../local/forge/kvs/kvs-protocol';
import { kvsUnits, resetKvsUnits, unitsOf } from '../../../local/forge/kvs/kvs-units';

/** The KVS stand-in counts Forge's per-installation units: each request rounded up to 10 KB, reads apart from writes. */
describe('KVS unit counter', () => {
  let db: Database;
  beforeEach(() => {
    db = openDatabase({ file: ':memory:' });
  });
  afterEach(() => db.close());

  it('rounds every request up to 10 KB, at least 1 (Atlassian: 65 KB counts as 7)', () => {
    expect([0, 1, 10_000, 10_001, 20_000, 65_000].map(unitsOf)).toEqual([1, 1, 1, 2, 2, 7]);
  });

  it('counts writes by the bytes sent and reads by the bytes answered, per operation, per database', () => {
    const big = 'x'.repeat(25_000);
    answerKvs(db, '/api/v1/set', { key: 'big', value: big });
    answerKvs(db, '/api/v1/get', { key: 'big' });
    answerKvs(db, '/api/v1/get', { key: 'missing' });
    answerKvs(db, '/api/v1/delete', { key: 'big' });
    const units = kvsUnits(db);
    expect(units).toMatchObject({ requests: 4, readUnits: 3 + 1, writeUnits: 3 + 1 });
    expect(units.byOperation['/api/v1/get']).toEqual({ requests: 2, readUnits: 4, writeUnits: 0 });
    const other = openDatabase({ file: ':memory:' });
    expect(kvsUnits(other).requests).toBe(0);
    other.close();
    resetKvsUnits(db);
    expect(kvsUnits(db)).toEqual({ requests: 0, readUnits: 0, writeUnits: 0, byOperation: {} });
  });
});
