import { format } from 'date-fns';
import { CAMILLE, HUGO, LEA } from '../../../local/identity/demo-users';
import { BusinessCalendar } from '../../../src/domain/metrics/business-calendar';
import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, invokeResolver } from '../../support/invoke';
import { must } from '../../support/must';
import { createGatedCampaign, storedKeys } from '../signoff/signoff-fixture';
import { commentsOf, runScheduled } from '../rest-reads';

/**
 * Jira's shared hourly points pool through the local host's `globalPool` fault: near the limit the panel shows its
 * stored data with its time and reminders wait for the reset (then run, once); an empty pool's
 * `jira-quota-global-based` 429 stops every Jira call until the reset. Queues run in real seconds here, so the drain
 * really waits for the reset.
 */
describe("quota-aware behaviour under the shared pool's faults", () => {
  const app = useAppTestHost({ queueMsPerSecond: 1000, scheduledTimers: false });
  const faults = (config: object): Promise<unknown> => app.th.call(null, 'POST', '/local/faults', config);
  const today = format(new Date(), 'yyyy-MM-dd');
  let epicKey: string;
  let gated: string;
  /** The app's Jira calls since `from` (the platform's own look-ups and the tests' reads left out). */
  const appCalls = (from: number) => app.th.exchanges.slice(from).filter((x) => x.caller === 'app' && x.path.startsWith('/rest/'));
  /** `refresh` makes the view read Jira (a warm view of a fresh snapshot makes no call, so it learns nothing of the quota). */
  const panelOnEpic = (payload: { refresh?: boolean } = {}) =>
    invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', payload, { moduleKey: 'campaign-panel', issueKey: epicKey });

  beforeAll(async () => {
    let keys: Record<string, string>;
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'quota', 1, [
      {
        gateId: 'legal',
        name: 'Legal',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId],
        quorum: { kind: 'all' },
        dueDate: new BusinessCalendar('FR').add(today, 1),
      },
    ]));
    gated = must(keys['milestone-1'], 'the gated milestone');
  });

  it('near the limit, the panel of the issue it is open on is the stored snapshot with its time, at no Jira call', async () => {
    const calm = campaignPanelOf(await panelOnEpic());
    expect(calm.quota).toBeUndefined();

    // Under 20 % of the pool left: the next answers say NearLimit, and the app learns it from them.
    await faults({ globalPool: { limit: 65_000, remaining: 12_000, otherTenantsPointsPerMinute: 60 } });
    const learning = campaignPanelOf(await panelOnEpic({ refresh: true }));
    expect(learning.quota).toBeUndefined();
    const pool = (await app.th.call(null, 'GET', '/local/faults')).body as { pool: { resetAt: string } };

    const from = app.th.exchanges.length;
    const cached = campaignPanelOf(await panelOnEpic());
    expect(appCalls(from)).toHaveLength(0);
    expect(cached.quota).toEqual({ state: 'near', asOf: learning.dataAsOf, resumesAt: pool.pool.resetAt });
    expect(cached.dataAsOf).toBe(learning.dataAsOf);
    expect(cached.budget).toEqual(learning.budget);
    expect(cached.actions?.role).toBe('pm'); // the campaign's own roles, without asking Jira for grants

    // A payload naming another issue than the context's is not proven visible: Jira is asked.
    const other = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getCampaignPanel',
      { issueKey: gated },
      { moduleKey: 'campaign-panel', issueKey: epicKey },
    );
    expect(campaignPanelOf(other).quota).toBeUndefined();
    expect(appCalls(from).length).toBeGreaterThan(0);
  });

  it('near the limit, the daily reminders wait for the reset, then run once and nothing is lost', async () => {
    // A pool that resets in 6 s; one Jira answer tells the app the new reset.
    await faults({ globalPool: { limit: 1_000, remaining: 100, resetInSeconds: 6 } });
    expect(
      (await invokeResolver(app.th, CAMILLE.accountId, 'getIssueOverview', {}, { moduleKey: 'campaign-panel', issueKey: epicKey })).ok,
    ).toBe(true);
    const before = (await commentsOf(app.th, gated)).length;

    const run = await runScheduled(app.th, 'campaign-signoff-reminders');
    expect(run).toMatchObject({ outcome: 'succeeded' });
    expect(storedKeys(app.th, 'deferred:')).toEqual([`deferred:signoffReminders:${today}`]);
    expect((await commentsOf(app.th, gated)).length).toBe(before); // deferred, not sent

    // After the reset the queued drain runs the reminders and deletes the deferred work.
    for (let i = 0; i < 60 && storedKeys(app.th, 'deferred:').length > 0; i++) await new Promise((r) => setTimeout(r, 500));
    expect(storedKeys(app.th, 'deferred:')).toEqual([]);
    const after = (await commentsOf(app.th, gated)).slice(before);
    expect(after).toHaveLength(1);

    // Idempotent: the day's run again posts nothing twice.
    await runScheduled(app.th, 'campaign-signoff-reminders');
    expect((await commentsOf(app.th, gated)).length).toBe(before + 1);
  }, 60_000);

  it('a jira-quota-global-based 429 stops every Jira call until the reset; the panel shows its stored data meanwhile', async () => {
    await faults({ globalPool: { limit: 1_000, remaining: 0, resetInSeconds: 9 } });
    const overview = () =>
      invokeResolver(app.th, CAMILLE.accountId, 'getIssueOverview', {}, { moduleKey: 'campaign-panel', issueKey: epicKey });

    // A panel view meets the empty pool: the calls already in flight side by side each get their 429 once, none is
    // retried into the quota, and the view falls back to the stored snapshot.
    let from = app.th.exchanges.length;
    const first = campaignPanelOf(await panelOnEpic({ refresh: true }));
    expect(first.quota?.state).toBe('paused');
    const hit = appCalls(from);
    expect(hit.length).toBeGreaterThan(0);
    expect(new Set(hit.map((x) => `${x.method} ${x.path}`)).size).toBe(hit.length);
    expect(hit.every((x) => x.status === 429 && x.responseHeaders['RateLimit-Reason'] === 'jira-quota-global-based')).toBe(true);

    // Another action refuses at once, naming the reset, without calling Jira.
    from = app.th.exchanges.length;
    const refused = await overview();
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatchObject({ code: 'TRY_AGAIN' });
    expect(refused.error.message).toMatch(
      /^Jira est saturé \(le quota horaire d’appels est épuisé\)\. Veuillez réessayer après \d{1,2}\u202fh(\u202f\d\d)? UTC\.$/,
    );
    expect(appCalls(from)).toHaveLength(0);

    from = app.th.exchanges.length;
    expect((await overview()).error).toMatchObject({ code: 'TRY_AGAIN' });
    const decision = await invokeResolver(
      app.th,
      LEA.accountId,
      'decideSignOff',
      { issueKey: gated, gateId: 'legal', decision: 'approve' },
      { moduleKey: 'campaign-panel', issueKey: gated },
    );
    expect(decision.ok).toBe(false);
    const panel = campaignPanelOf(await panelOnEpic());
    expect(panel.quota?.state).toBe('paused');
    expect(appCalls(from)).toHaveLength(0); // nothing sent during the pause

    // After the reset, calls go again.
    const resumesAt = Date.parse(must(panel.quota, 'the quota notice').resumesAt);
    await new Promise((r) => setTimeout(r, Math.max(0, resumesAt - Date.now()) + 200));
    expect((await overview()).ok).toBe(true);
    expect(campaignPanelOf(await panelOnEpic()).quota).toBeUndefined();
  }, 60_000);
});
