import { z } from 'zod';
import { startTestHost, type TestHost } from '../../support/host';
import type { StatsSnapshot } from '../../../local/server/stats';
import { RATE_LIMIT_REASONS } from '../../../local/server/faults';

const CAMILLE = 'camille.martin@demo.local';
/** A Jira answer with issues (a search, a bulk fetch): these tests only count them. */
const WithIssues = z.object({ issues: z.array(z.unknown()) });
const statsOf = async (th: TestHost): Promise<StatsSnapshot> => (await th.call(null, 'GET', '/local/stats')).body as StatsSnapshot;

describe('rate-limit points and fault injection, like Jira', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());
  beforeEach(async () => {
    await th.call(null, 'POST', '/local/faults', {});
    await th.call(null, 'POST', '/local/stats/reset');
  });

  it('counts 1 point per request plus 1 per issue returned and 2 per user', async () => {
    const search = await th.call(CAMILLE, 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20MKT&fields=summary&maxResults=5');
    expect(search.status).toBe(200);
    const issues = WithIssues.parse(search.body).issues.length;
    expect(issues).toBeGreaterThan(0);
    await th.call(CAMILLE, 'GET', '/rest/api/3/myself');
    const stats = await statsOf(th);
    expect(stats.requests).toBe(2);
    expect(stats.byOperation['GET /rest/api/3/search/jql']).toEqual({ requests: 1, points: 1 + issues });
    expect(stats.byOperation['GET /rest/api/3/myself']).toEqual({ requests: 1, points: 3 });
    expect(stats.points).toBe(1 + issues + 3);
  });

  it("bills each request to the invocation that made it, by action, and the scripts' own apart", async () => {
    const invoke = (accountId: string) =>
      fetch(`${th.url}/local/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ moduleKey: 'campaign-panel', functionKey: 'getIssueOverview', payload: {}, accountId, issueKey: 'MKT-1' }),
      });
    const { accountId } = (await th.call(CAMILLE, 'GET', '/rest/api/3/myself')).body as { accountId: string };
    await invoke(accountId);
    await invoke(accountId);
    const stats = await statsOf(th);
    const action = stats.byAction[`resolver campaign-panel/getIssueOverview as ${accountId}`];
    expect(action).toMatchObject({ kind: 'resolver', invocations: 2, accountId });
    const runs = stats.invocations.filter((i) => i.functionKey === 'getIssueOverview');
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.requests > 0 && r.points >= r.requests)).toBe(true);
    expect(action?.points).toBe(runs.reduce((t, r) => t + r.points, 0));
    // The script's own GET /myself belongs to no invocation; everything adds up.
    expect(stats.unattributed).toMatchObject({ requests: 1 });
    expect(stats.points).toBe(stats.unattributed.points + (action?.points ?? 0));
  });

  it('bills read-only POSTs per object like GETs, and writes 1', async () => {
    const search = await th.call(CAMILLE, 'POST', '/rest/api/3/search/jql', { jql: 'project = MKT', fields: ['summary'], maxResults: 4 });
    const fetched = await th.call(CAMILLE, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['MKT-1', 'MKT-2', 'MKT-3'],
      fields: ['summary'],
    });
    await th.call(CAMILLE, 'PUT', '/rest/api/3/issue/MKT-2', { fields: { summary: 'Renamed for the points test' } });
    const stats = await statsOf(th);
    expect(stats.byOperation['POST /rest/api/3/search/jql']?.points).toBe(1 + WithIssues.parse(search.body).issues.length);
    expect(stats.byOperation['POST /rest/api/3/issue/bulkfetch']?.points).toBe(1 + WithIssues.parse(fetched.body).issues.length);
    expect(stats.byOperation['PUT /rest/api/3/issue/{issueIdOrKey}']?.points).toBe(1);
  });

  it('answers 429 with Retry-After, RateLimit-Reason (and X-RateLimit-* on quota reasons), rotating the documented reasons', async () => {
    const set = await th.call(null, 'POST', '/local/faults', { rate429: 1, retryAfterSeconds: 2 });
    expect(set.status).toBe(200);
    const reasons: string[] = [];
    for (let i = 0; i < RATE_LIMIT_REASONS.length; i++) {
      const res = await th.call(CAMILLE, 'GET', '/rest/api/3/myself');
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      const reason = res.headers.get('ratelimit-reason') ?? '';
      // The hourly pool's numbers come with a quota 429 only; a burst or per-issue 429 says nothing of the pool.
      if (reason.startsWith('jira-quota-')) {
        expect(res.headers.get('x-ratelimit-limit')).toBeTruthy();
        expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
        expect(Date.parse(res.headers.get('x-ratelimit-reset') ?? '')).toBeGreaterThan(Date.now());
      } else expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
      reasons.push(reason);
    }
    expect(reasons.sort()).toEqual([...RATE_LIMIT_REASONS].sort());
    const stats = (await th.call(null, 'GET', '/local/stats')).body;
    expect(stats.faults.rate429).toBe(RATE_LIMIT_REASONS.length);
  });

  it('answers 503s and delays at the configured rates, never on the local endpoints', async () => {
    await th.call(null, 'POST', '/local/faults', { error5xx: 1, latencyMs: 60 });
    const started = Date.now();
    const res = await th.call(CAMILLE, 'GET', '/rest/api/3/myself');
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect((await th.call(null, 'GET', '/local/stats')).status).toBe(200);
  });

  it('is repeatable for a seed and roughly honours the rate', async () => {
    const run = async (): Promise<number[]> => {
      await th.call(null, 'POST', '/local/faults', { rate429: 0.3, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await th.call(CAMILLE, 'GET', '/rest/api/3/myself')).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failed = first.filter((s) => s === 429).length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(24);
  });

  it('reports bulk-fetched issues in issueErrors at the configured rate', async () => {
    await th.call(null, 'POST', '/local/faults', { issueErrors: 1 });
    const all = await th.call(CAMILLE, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['MKT-1', 'MKT-2'], fields: ['summary'] });
    expect(all.status).toBe(200);
    expect(all.body.issues).toEqual([]);
    expect(all.body.issueErrors).toHaveLength(2);
    await th.call(null, 'POST', '/local/faults', {});
    const none = await th.call(CAMILLE, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['MKT-1', 'MKT-2'], fields: ['summary'] });
    expect(none.body.issues).toHaveLength(2);
  });

  it('refuses a bad fault configuration naming the field', async () => {
    const res = await th.call(null, 'POST', '/local/faults', { rate429: 2 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^rate429: /);
    const unknown = await th.call(null, 'POST', '/local/faults', { rate249: 0.1 });
    expect(unknown.status).toBe(400);
  });
});
