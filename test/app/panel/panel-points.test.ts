import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { must } from '../../support/must';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { findIssue, listFields, localStats, searchIssues, settleTriggers } from '../rest-reads';
import { CAMILLE } from '../../../local/identity/demo-users';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { actionKeyOf, type StatsSnapshot } from '../../../local/server/stats';
import { shardOf, SnapshotMeta, SnapshotShard } from '../../../src/domain/snapshot';
import { CHANGE_CHECK_EVERY_MINUTES } from '../../../src/usecases/panel/load-campaign';

/**
 * What a panel view costs in Jira points, read from the host's per-invocation stats (README, Performance): a cold
 * view pays each issue once, a warm view from the issue's own panel pays nothing while the snapshot is fresh and
 * one point per change-check interval, an edit pays the changed issue plus one request. A regression fails here.
 */
describe('campaign panel points through /local/stats', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let issueCount: number;
  let actualField: string;
  const VIEW = actionKeyOf({
    kind: 'resolver',
    moduleKey: 'campaign-panel',
    functionKey: 'getCampaignPanel',
    accountId: CAMILLE.accountId,
  });

  const view = async (payload: { refresh?: boolean } = {}) =>
    campaignPanelOf(
      await invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', payload, { moduleKey: 'campaign-panel', issueKey: epicKey }),
    );
  const resetStats = (): Promise<unknown> => app.th.call(null, 'POST', '/local/stats/reset');
  const views = (s: StatsSnapshot) => s.invocations.filter((i) => actionKeyOf(i) === VIEW);
  const kvs = () => new KvsStore(app.th.host.db);
  const metaKey = (): string => `snapshot:${epicKey}:meta`;

  /** Moves the snapshot's last change check back past the interval, as if minutes had passed. */
  function ageChangeCheck(): void {
    const meta = SnapshotMeta.parse(kvs().get('plain', metaKey())?.value);
    const past = new Date(Date.parse(meta.refreshedAt) - (CHANGE_CHECK_EVERY_MINUTES * 60_000 + 1000)).toISOString();
    kvs().set('plain', metaKey(), { ...meta, refreshedAt: past });
  }

  beforeAll(async () => {
    const preview = await invokeResolver(app.th, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate: '2027-11-26',
      budget: { amount: 140000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'panel-points-0001',
      plan: preview.data.plan,
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    epicKey = epicOf(job);
    await settleTriggers(app.th);
    // A campaign created an hour ago: its issues were last updated then (a change check lists only later updates).
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    app.th.host.db
      .prepare(`UPDATE jira_issues SET updated = ? WHERE key = ? OR parent_id = (SELECT id FROM jira_issues WHERE key = ?)`)
      .run(hourAgo, epicKey, epicKey);
    issueCount = (await searchIssues(app.th, `parent = ${epicKey} OR key = ${epicKey}`)).length;
    actualField = must(
      (await listFields(app.th)).find((f) => f.schema?.custom?.endsWith('/static/actual-cost')),
      'the actual cost field',
    ).id;
    // The first view: builds the snapshot and fills the site's caches (people, throughput, fields, grants).
    await view();
  });

  it('pays each campaign issue once on a cold re-read: n + ceil(n/100) points, within 1.05 × that floor', async () => {
    await resetStats();
    expect((await view({ refresh: true })).refresh).toBe('cold');
    const [cold] = views(await localStats(app.th));
    const floor = issueCount + Math.ceil(issueCount / 100);
    expect(must(cold, 'the cold view').points).toBeLessThanOrEqual(1.05 * floor);
    expect(Object.keys(must(cold, 'the cold view').byOperation)).toEqual(['POST /rest/api/3/search/jql']);
  });

  it('serves warm views with nothing changed for 0 calls while fresh, and at most 2 points on average', async () => {
    await resetStats();
    for (let i = 0; i < 10; i++) expect((await view()).refresh).toBe('cache');
    expect(views(await localStats(app.th)).map((v) => v.requests)).toEqual(Array(10).fill(0));
    // Past the interval, one change check (the context proves the epic, so the check lists only changed issues).
    ageChangeCheck();
    await view();
    const all = views(await localStats(app.th));
    expect(all).toHaveLength(11);
    expect(must(all.at(-1), 'the checking view').points).toBe(1);
    expect(all.reduce((s, v) => s + v.points, 0) / all.length).toBeLessThanOrEqual(2);
  });

  it('applies one edited issue from its event for the changed object + 1, and the next view costs nothing', async () => {
    const task = findIssue(await searchIssues(app.th, `parent = ${epicKey} AND issuetype = Task`), () => true, 'a task');
    await resetStats();
    expect((await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${task.key}`, { fields: { [actualField]: 321 } })).status).toBe(204);
    await settleTriggers(app.th);
    const s = await localStats(app.th);
    const trigger = Object.values(s.byAction).find((a) => a.kind === 'trigger' && a.moduleKey === 'campaign-snapshot-events');
    expect(must(trigger, 'the snapshot trigger').points).toBe(2);
    await resetStats();
    const out = await view();
    expect(views(await localStats(app.th)).map((v) => v.requests)).toEqual([0]);
    expect(out.budget.actual).toBeGreaterThanOrEqual(321);
  });

  it('catches an edit whose event was lost in the next change check, for the changed object + 1', async () => {
    const task = findIssue(await searchIssues(app.th, `parent = ${epicKey} AND issuetype = Task`), () => true, 'a task');
    expect((await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${task.key}`, { fields: { [actualField]: 654 } })).status).toBe(204);
    await settleTriggers(app.th);
    // The event is lost: the snapshot still holds the old value and stamp.
    const meta = SnapshotMeta.parse(kvs().get('plain', metaKey())?.value);
    const partKey = `snapshot:${epicKey}:part:${shardOf(task.key, meta.shardCount)}`;
    const shard = SnapshotShard.parse(kvs().get('plain', partKey)?.value);
    const stale = must(
      shard.issues.find((i) => i.key === task.key),
      'the task in its shard',
    );
    Object.assign(stale, { actualCost: 321, updated: new Date(Date.now() - 3_600_000).toISOString() });
    kvs().set('plain', partKey, shard);
    ageChangeCheck();
    await resetStats();
    const out = await view();
    expect(out.refresh).toBe('incremental');
    const [checked] = views(await localStats(app.th));
    expect(must(checked, 'the checking view')).toMatchObject({ requests: 1, points: 2 });
    const stored = SnapshotShard.parse(kvs().get('plain', partKey)?.value).issues.find((i) => i.key === task.key);
    expect(stored?.actualCost).toBe(654);
  });
});
