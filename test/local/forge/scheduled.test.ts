import { resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE } from '../../../local/identity/demo-users';
import { LOCAL_CLOUD_ID } from '../../../local/forge/runtime';
import type { ScheduledReport, ScheduledSummary } from '../../../local/forge/scheduled/scheduled-triggers';
import { must } from '../../support/must';

const SCHEDULED_APP = resolve(__dirname, '../../fixtures/scheduled-app');

interface Recorded {
  /** The request the function was called with. */
  event: { context: unknown; contextToken: string };
  contextKeys: string[];
  principal: unknown;
  appModuleKey: string | null;
  asUserStatus: number | string;
  asAppStatus: number;
  startedAt: number;
  finishedAt: number;
}

async function log(th: TestHost, name: string): Promise<Recorded[]> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ moduleKey: 'scheduled-probe', functionKey: 'log', payload: { name }, accountId: CAMILLE.accountId }),
  });
  const json = (await res.json()) as { ok: boolean; result?: { entries: Recorded[] }; error?: unknown };
  if (!json.ok || !json.result) throw new Error(`invoke log failed: ${JSON.stringify(json.error)}`);
  return json.result.entries;
}

const runNow = (th: TestHost, moduleKey: string) => th.call(null, 'POST', `/local/scheduled/${moduleKey}/run`);
const report = async (th: TestHost): Promise<ScheduledReport> => (await th.call(null, 'GET', '/local/scheduled')).body as ScheduledReport;
const summaryOf = async (th: TestHost, moduleKey: string): Promise<ScheduledSummary> =>
  must(
    (await report(th)).triggers.find((t) => t.moduleKey === moduleKey),
    `the summary of ${moduleKey}`,
  );

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('scheduledTrigger modules, run on demand', () => {
  let th: TestHost;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    th = await startTestHost({ appDir: SCHEDULED_APP, scheduledTimers: false });
  });
  afterAll(async () => {
    warn.mockRestore();
    await th.close();
  });

  it('calls the function with the documented request {context:{cloudId, moduleKey}, contextToken} and no user', async () => {
    const res = await runNow(th, 'daily-recorder');
    expect(res.status).toBe(200);
    expect(res.body.run).toMatchObject({
      moduleKey: 'daily-recorder',
      function: 'recorder',
      cause: 'manual',
      outcome: 'succeeded',
      statusCode: null,
    });
    const [got] = await log(th, 'daily');
    expect(got!.event).toEqual({ context: { cloudId: LOCAL_CLOUD_ID, moduleKey: 'daily-recorder' }, contextToken: expect.any(String) });
    expect(got!.contextKeys).toContain('installContext');
    expect(got!.principal).toBeNull();
    expect(got!.appModuleKey).toBe('daily-recorder');
    expect(got!.asUserStatus).toBe('NeedsAuthenticationError');
    expect(got!.asAppStatus).toBe(200);
  });

  it('gives every run its own context token', async () => {
    await runNow(th, 'daily-recorder');
    const tokens = (await log(th, 'daily')).map((e) => e.event.contextToken);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('records the status a function answers with, and 424 for an answer the platform cannot read', async () => {
    expect((await runNow(th, 'hourly-answer')).body.run).toMatchObject({ outcome: 'succeeded', statusCode: 204 });
    const odd = (await runNow(th, 'weekly-odd-answer')).body.run;
    expect(odd).toMatchObject({ outcome: 'failed', statusCode: 424 });
    expect(odd.error).toMatch(/statusCode/);
  });

  it('reports a throw as a failed run (never retried), with the error', async () => {
    const before = (await summaryOf(th, 'five-minute-thrower')).failed;
    const run = (await runNow(th, 'five-minute-thrower')).body.run;
    expect(run).toMatchObject({ outcome: 'failed', statusCode: 500 });
    expect(run.error).toContain('reminders could not be sent');
    const after = await summaryOf(th, 'five-minute-thrower');
    expect(after.failed).toBe(before + 1);
    expect(after.lastRun?.runId).toBe(run.runId);
  });

  it("stops a function at its timeoutSeconds with Forge's FUNCTION_TIMEOUT", async () => {
    const run = (await runNow(th, 'slow-runner')).body.run;
    expect(run.outcome).toBe('failed');
    expect(run.error).toMatch(/^FUNCTION_TIMEOUT: .*1 s/);
    expect(run.durationMs).toBeGreaterThanOrEqual(950);
    expect(run.durationMs).toBeLessThan(1450);
  });

  it('answers 404 naming the module key for an unknown module, and lists remote ones as skipped', async () => {
    const res = await runNow(th, 'no-such-trigger');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^moduleKey: .*'no-such-trigger'/);
    const r = await report(th);
    expect(r.skipped).toEqual([{ moduleKey: 'remote-schedule', reason: expect.stringMatching(/Remote/) }]);
    expect(r.triggers.map((t) => t.moduleKey).sort()).toEqual([
      'daily-recorder',
      'five-minute-thrower',
      'hourly-answer',
      'slow-runner',
      'weekly-odd-answer',
    ]);
    // Without timers nothing is scheduled.
    expect(r.triggers.every((t) => t.nextRunAt === null)).toBe(true);
    const newest = must(r.recentRuns[0], 'a recent run');
    const oldest = must(r.recentRuns[r.recentRuns.length - 1], 'a recent run');
    expect(newest.startedAt >= oldest.startedAt).toBe(true);
  });
});

describe('scheduledTrigger modules, run by their timers', () => {
  let th: TestHost;
  beforeAll(async () => {
    // `day` every 150 ms and `hour` every 40 ms; the others keep their real periods and never fire here.
    th = await startTestHost({ appDir: SCHEDULED_APP, scheduledIntervalMs: { day: 150, hour: 40 } });
  });
  afterAll(() => th.close());

  it('runs each module at its interval, the first run one interval after start', async () => {
    const summary = await summaryOf(th, 'daily-recorder');
    expect(summary.everyMs).toBe(150);
    expect(Date.parse(must(summary.nextRunAt, 'the next run'))).toBeGreaterThan(Date.now() - 150);
    const runs = await until('two scheduled runs of daily-recorder', async () => {
      const s = await summaryOf(th, 'daily-recorder');
      return s.succeeded >= 2 ? s : undefined;
    });
    expect(runs.lastRun?.cause).toBe('schedule');
    const entries = await log(th, 'daily');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries[1]!.startedAt - entries[0]!.startedAt).toBeGreaterThanOrEqual(100);
    expect((await summaryOf(th, 'weekly-odd-answer')).succeeded + (await summaryOf(th, 'weekly-odd-answer')).failed).toBe(0);
  });

  it('never overlaps scheduled runs of one module: ticks during a run are skipped and counted', async () => {
    // The hourly function takes 120 ms, three ticks' worth.
    const s = await until('skipped ticks of hourly-answer', async () => {
      const got = await summaryOf(th, 'hourly-answer');
      return got.skippedWhileRunning >= 2 && got.succeeded >= 2 ? got : undefined;
    });
    expect(s.succeeded).toBeGreaterThanOrEqual(2);
    const entries = await log(th, 'hourly');
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.startedAt).toBeGreaterThanOrEqual(entries[i - 1]!.finishedAt);
  });

  it('stops the timers on close and waits for the runs under way', async () => {
    const other = await startTestHost({ appDir: SCHEDULED_APP, scheduledIntervalMs: { day: 30 } });
    await until('a run', async () => ((await summaryOf(other, 'daily-recorder')).succeeded >= 1 ? true : undefined));
    await other.close();
    const counted = other.host.scheduled.report().triggers.find((t) => t.moduleKey === 'daily-recorder');
    await new Promise((r) => setTimeout(r, 120));
    expect(other.host.scheduled.report().triggers.find((t) => t.moduleKey === 'daily-recorder')?.succeeded).toBe(counted?.succeeded);
    expect(counted?.running).toBe(0);
  });
});
