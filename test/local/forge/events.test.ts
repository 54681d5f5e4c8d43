import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import { must } from '../../support/must';
import { CAMILLE, LEA } from '../../../local/identity/demo-users';

const EVENTS_APP = resolve(__dirname, '../../fixtures/events-app');

/** What the fixture app's resolvers answer (test/fixtures/events-app), as far as these tests read it. */
interface Pushed {
  jobId: string;
}
interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}
/** What the consumer recorded for one event (`seen:<tag>` in the app's storage). */
interface SeenRecord {
  body: { tag: string };
  jobId: string | null;
  contextAccountId: string | null;
  myself: string | null;
  retryContext: unknown;
  attempts: number[];
  startedAt: number;
}
/** One queue in the host's `/local/queues`. */
interface QueueState {
  cancelled: number;
  recentFailures: { jobId: string; error: string }[];
}

async function invoke(th: TestHost, functionKey: string, payload: unknown, accountId = CAMILLE.accountId): Promise<unknown> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ moduleKey: 'events-panel', functionKey, payload, accountId }),
  });
  const json = (await res.json()) as { ok: boolean; result?: unknown; error?: unknown };
  if (!json.ok) throw new Error(`invoke ${functionKey} failed: ${JSON.stringify(json.error)}`);
  return json.result;
}

const push = async (th: TestHost, payload: unknown, accountId = CAMILLE.accountId): Promise<Pushed> =>
  (await invoke(th, 'push', payload, accountId)) as Pushed;
const stats = async (th: TestHost, payload: { queue: string; jobId: string }): Promise<JobStats> =>
  (await invoke(th, 'stats', payload)) as JobStats;

async function queues(th: TestHost): Promise<Record<string, QueueState>> {
  const res = await th.call(null, 'GET', '/local/queues');
  return Object.fromEntries((res.body as (QueueState & { queue: string })[]).map((q) => [q.queue, q]));
}
/** The host's state of `queue`, failing the test when the host has no such queue. */
const queueOf = async (th: TestHost, queue: string): Promise<QueueState> => must((await queues(th))[queue], `queue ${queue}`);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const seen = async (th: TestHost, tag: string): Promise<SeenRecord | undefined> =>
  ((await invoke(th, 'seen', { tag })) as { seen: SeenRecord | null }).seen ?? undefined;
const finishedAt = async (th: TestHost, tag: string): Promise<number | undefined> =>
  ((await invoke(th, 'finished', { tag })) as { at: number | null }).at ?? undefined;

describe('@forge/events queues on the local host', () => {
  let th: TestHost;
  beforeAll(async () => {
    // 1 "second" of retryAfter/delayInSeconds = 20 ms; consumers get 400 ms.
    th = await startTestHost({ appDir: EVENTS_APP, queueMsPerSecond: 20, consumerTimeoutMs: 400 });
  });
  afterAll(() => th.close());

  it('delivers a pushed event to the queue consumer after the push returns, with body, jobId and the pushing user', async () => {
    const { jobId } = await push(th, { queue: 'work', bodies: [{ tag: 'first', mode: 'ok' }] }, LEA.accountId);
    expect(jobId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    const record = await until('the consumer', () => seen(th, 'first'));
    expect(record).toMatchObject({
      body: { tag: 'first', mode: 'ok' },
      jobId,
      contextAccountId: LEA.accountId,
      myself: LEA.accountId,
      moduleKey: 'work-consumer',
      retryContext: null,
      attempts: [1],
    });
    await until('stats', async () => {
      const now = await stats(th, { queue: 'work', jobId });
      return now.success === 1 ? now : undefined;
    });
    expect(await invoke(th, 'stats', { queue: 'work', jobId })).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('runs one event at a time per queue, each with its own context', async () => {
    const bodies = ['a', 'b', 'c'].map((t) => ({ tag: `order-${t}`, mode: 'sleep', ms: 30 }));
    const pushedBy = [CAMILLE, LEA];
    await Promise.all(
      pushedBy.map((u, i) => push(th, { queue: 'work', bodies: bodies.map((b) => ({ ...b, tag: `${b.tag}-${i}` })) }, u.accountId)),
    );
    const records = await Promise.all(pushedBy.flatMap((_, i) => bodies.map((b) => until(b.tag, () => seen(th, `${b.tag}-${i}`)))));
    records.forEach((r, n) => {
      const user = pushedBy[Math.floor(n / bodies.length)]!;
      expect(r.contextAccountId).toBe(user.accountId);
      expect(r.myself).toBe(user.accountId);
    });
    const runs = await Promise.all(
      records.map(async (r) => ({
        start: r.startedAt,
        end: await until('finish', () => finishedAt(th, r.body.tag)),
      })),
    );
    runs.sort((a, b) => a.start - b.start);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBeGreaterThanOrEqual(runs[i - 1]!.end);
    await th.host.queues.settled();
    expect((await queues(th)).work).toMatchObject({ consumer: 'work-consumer', pending: 0, running: 0, failed: 0 });
  });

  it('retries an event whose consumer returns an InvocationError, passing retryContext, until it succeeds', async () => {
    const { jobId } = await push(th, { queue: 'work', bodies: [{ tag: 'flaky', mode: 'retry', retries: 2 }] });
    const record = await until('three attempts', async () => {
      const r = await seen(th, 'flaky');
      return r?.attempts.length === 3 ? r : undefined;
    });
    expect(record.retryContext).toEqual({ retryCount: 2, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { attempt: 2 } });
    await until('success', async () => ((await stats(th, { queue: 'work', jobId })).success === 1 ? true : undefined));
  });

  it('also retries a thrown InvocationError, but gives up after 4 retries', async () => {
    const { jobId } = await push(th, { queue: 'work', bodies: [{ tag: 'hopeless', mode: 'throw-retry', retries: 99 }] });
    await until('failure', async () => ((await stats(th, { queue: 'work', jobId })).failed === 1 ? true : undefined));
    expect(must(await seen(th, 'hopeless'), 'the hopeless record').attempts).toEqual([1, 2, 3, 4, 5]);
    expect((await queueOf(th, 'work')).recentFailures[0]).toMatchObject({
      jobId,
      error: expect.stringContaining('gave up after 4 retries'),
    });
  });

  it('marks an event failed, without retrying, when the consumer throws an ordinary error', async () => {
    const { jobId } = await push(th, { queue: 'work', bodies: [{ tag: 'broken', mode: 'throw' }] });
    await until('failure', async () => ((await stats(th, { queue: 'work', jobId })).failed === 1 ? true : undefined));
    expect(must(await seen(th, 'broken'), 'the broken record').attempts).toEqual([1]);
    expect(must((await queueOf(th, 'work')).recentFailures[0], 'a failure').error).toContain('consumer failed on broken');
  });

  it('retries timed-out events as FUNCTION_TIME_OUT, then fails them', async () => {
    // The host gives consumers 400 ms here; 600 ms always times out.
    const { jobId } = await push(th, { queue: 'slow-work', bodies: [{ tag: 'slow', mode: 'sleep', ms: 600 }] });
    await until('failure', async () => ((await stats(th, { queue: 'slow-work', jobId })).failed === 1 ? true : undefined), 10_000);
    const record = must(await seen(th, 'slow'), 'the slow record');
    expect(record.retryContext).toMatchObject({ retryReason: 'FUNCTION_TIME_OUT' });
    expect(must((await queueOf(th, 'slow-work')).recentFailures[0], 'a failure').error).toContain('FUNCTION_TIMEOUT');
  });

  it('calls a function consumer with the AsyncEvent and the pushing user, asUser() acting as them, retries on the event', async () => {
    const { jobId } = await push(th, { queue: 'fn-work', bodies: [{ tag: 'fn-first', mode: 'retry', retries: 1 }] }, LEA.accountId);
    const record = await until('two attempts', async () => {
      const r = await seen(th, 'fn-first');
      return r?.attempts.length === 2 ? r : undefined;
    });
    expect(record).toMatchObject({
      body: { tag: 'fn-first', mode: 'retry', retries: 1 },
      jobId,
      queueName: 'fn-work',
      eventId: expect.any(String),
      contextAccountId: LEA.accountId,
      myself: LEA.accountId,
      retryContext: { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 1 } },
    });
    await until('success', async () => ((await stats(th, { queue: 'fn-work', jobId })).success === 1 ? true : undefined));
    expect((await queues(th))['fn-work']).toMatchObject({ consumer: 'fn-consumer', failed: 0 });
  });

  it('holds delayed events until their delay has passed, and cancels what has not started', async () => {
    const { jobId } = await push(th, { queue: 'work', bodies: [{ tag: 'late' }], delayInSeconds: 900 });
    expect(await invoke(th, 'stats', { queue: 'work', jobId })).toEqual({ success: 0, inProgress: 1, failed: 0 });
    expect(await invoke(th, 'cancel', { queue: 'work', jobId })).toEqual({ cancelled: true });
    expect(await invoke(th, 'stats', { queue: 'work', jobId })).toEqual({ success: 0, inProgress: 0, failed: 0 });
    expect(await seen(th, 'late')).toBeUndefined();
    expect((await queueOf(th, 'work')).cancelled).toBeGreaterThanOrEqual(1);
  });

  it('answers the SDK like the platform: unknown jobs, empty pushes, too-large payloads', async () => {
    expect(await invoke(th, 'stats', { queue: 'work', jobId: 'no-such-job' })).toEqual({ error: 'JobDoesNotExistError' });
    expect(await invoke(th, 'pushRaw', { queue: 'work', events: [] })).toMatchObject({ ok: false, name: 'NoEventsToPushError' });
    const big = { body: { blob: 'x'.repeat(120 * 1024) } };
    expect(await invoke(th, 'pushRaw', { queue: 'work', events: [big, big] })).toMatchObject({ ok: false, name: 'PayloadTooBigError' });
  });
});

describe('queued events survive a restart', () => {
  it('delivers events left pending by a previous run of the host', async () => {
    const dbFile = resolve(__dirname, `../../../.data/test-events-${process.pid}.sqlite`);
    const first = await startTestHost({ appDir: EVENTS_APP, dbFile, reset: true, queueMsPerSecond: 20 });
    const { jobId } = await push(first, { queue: 'work', bodies: [{ tag: 'survivor' }], delayInSeconds: 10 });
    await first.close();
    const second = await startTestHost({ appDir: EVENTS_APP, dbFile, queueMsPerSecond: 20 });
    try {
      const record = await until('the replayed event', () => seen(second, 'survivor'));
      expect(record.jobId).toBe(jobId);
    } finally {
      await second.close();
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
    }
  });
});
