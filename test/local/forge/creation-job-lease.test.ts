import { kvs } from '@forge/kvs';
import { openDatabase, type Database } from '../../../local/db/database';
import { installForgeGlobals, invocations } from '../../../local/forge/runtime';
import { acquireLease, createJobOnce, getJob, getJobInput, releaseLease } from '../../../src/adapters/storage/creation-jobs';
import type { CreationJob } from '../../../src/domain/model';
import { planWith } from '../../app/creation/plan-fixture';

/** The creation job's storage adapter on the real @forge/kvs SDK: a killed run's lease and half-written job. */
describe('creation job storage after a killed run', () => {
  let db: Database;
  const inInvocation = <T>(fn: () => Promise<T>): Promise<T> =>
    invocations.run(
      { invocationId: 'test', moduleKey: 'test', deadline: Date.now() + 25_000, db, productBaseUrl: 'http://127.0.0.1:1' },
      fn,
    );
  const now = Date.now();

  beforeAll(() => installForgeGlobals());
  beforeEach(() => {
    db = openDatabase({ file: ':memory:' });
  });
  afterEach(() => db.close());

  it('refuses a live run, lets the same event redelivered take over, and only once', async () => {
    await inInvocation(async () => {
      expect(await acquireLease('job-a', { holder: 'killed', expiresAt: now + 55_000, delivery: 'event-1' }, now)).toBe(true);
      // A run of another event (e.g. "Create" pressed again) waits for the killed run's deadline.
      expect(await acquireLease('job-a', { holder: 'other', expiresAt: now + 55_000, delivery: 'event-2' }, now)).toBe(false);
      // The redelivery of event-1 knows its earlier attempt is over.
      expect(await acquireLease('job-a', { holder: 'redelivery', expiresAt: now + 55_000, delivery: 'event-1' }, now)).toBe(true);
      expect(await kvs.get('job-lease:job-a')).toMatchObject({ holder: 'redelivery' });
      // Only one contender replaces a given dead holder: a second one that read the same dead lease steps back.
      await kvs.set('job-lease:job-a', { holder: 'killed', expiresAt: now + 55_000, delivery: 'event-1' });
      expect(await acquireLease('job-a', { holder: 'again', expiresAt: now + 55_000, delivery: 'event-1' }, now)).toBe(false);
    });
  });

  it('takes over a lease past its deadline; a run releases only its own lease', async () => {
    await inInvocation(async () => {
      await kvs.set('job-lease:job-b', { holder: 'dead', expiresAt: now - 1_000 });
      expect(await acquireLease('job-b', { holder: 'page-run', expiresAt: now + 25_000 }, now)).toBe(true);
      await releaseLease('job-b', 'dead');
      expect(await kvs.get('job-lease:job-b')).toMatchObject({ holder: 'page-run' });
      await releaseLease('job-b', 'page-run');
      expect(await kvs.get('job-lease:job-b')).toBeUndefined();
    });
  });

  it('writes the job record a killed createCampaign left out when the same request comes again, never for another one', async () => {
    const plan = planWith(1, 1, 'lease');
    const input = { requestId: 'req-lease-1', createdBy: 'acc-camille', createdAt: '2026-11-24T09:00:00.000Z', plan };
    const job: CreationJob = {
      jobId: 'job-c',
      requestId: 'req-lease-1',
      state: 'queued',
      totalIssues: 3,
      totalLinks: 1,
      createdIssues: 0,
      createdLinks: 0,
      issueKeys: {},
      errors: [],
      attempts: 0,
      updatedAt: input.createdAt,
    };
    await inInvocation(async () => {
      await kvs.set('job-input:job-c', input); // killed before the job record was written
      expect(await createJobOnce(job, { ...input, createdBy: 'acc-someone-else' })).toBe(false);
      expect(await getJob('job-c')).toBeUndefined();
      expect(await createJobOnce(job, { ...input, createdAt: '2026-11-24T09:05:00.000Z' })).toBe(false);
      expect(await getJob('job-c')).toEqual(job);
      expect(await getJobInput('job-c')).toEqual(input);
    });
  });
});
