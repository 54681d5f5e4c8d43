import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import type { PayloadOf, ResultOf } from '../../../src/contracts/registry';
import { Money } from '../../../src/domain/model';
import { must } from '../../support/must';
import { findIssue, listFields, localStats, numberField, searchIssues, settleTriggers, transitionsOf, type JiraIssue } from '../rest-reads';
import { CAMILLE, SAM } from '../../../local/identity/demo-users';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { shardOf, SnapshotMeta, SnapshotShard } from '../../../src/domain/snapshot';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { CHANGE_CHECK_EVERY_MINUTES } from '../../../src/usecases/panel/load-campaign';

/**
 * The campaign panel through the local host: a campaign created by the real creation job, costs and progress set
 * through Jira REST like people would, and the panel's numbers checked against ones computed here from Jira's data.
 */
describe('getCampaignPanel through the local host', () => {
  const app = useAppTestHost();
  let plan: ResultOf<'previewCampaign'>['plan'];
  let epicKey: string;
  let fieldIds: { planned: string; actual: string; committed: string; budget: string };

  const panel = (accountId: string, issueKey: string, payload: PayloadOf<'getCampaignPanel'> = {}) =>
    invokeResolver(app.th, accountId, 'getCampaignPanel', payload, { moduleKey: 'campaign-panel', issueKey });
  /** The campaign's panel (the test fails on a refusal or an issue in no campaign). */
  const panelOf = async (accountId: string, issueKey: string, payload: PayloadOf<'getCampaignPanel'> = {}) =>
    campaignPanelOf(await panel(accountId, issueKey, payload));
  const stats = () => localStats(app.th);
  const resetStats = (): Promise<unknown> => app.th.call(null, 'POST', '/local/stats/reset');

  /** The stored snapshot shard holding `key`, and a way to write it back (to simulate lost events). */
  function storedShard(key: string): { shard: SnapshotShard; save(): void } {
    const kvs = new KvsStore(app.th.host.db);
    const meta = SnapshotMeta.parse(kvs.get('plain', `snapshot:${epicKey}:meta`)?.value);
    const partKey = `snapshot:${epicKey}:part:${shardOf(key, meta.shardCount)}`;
    const shard = SnapshotShard.parse(kvs.get('plain', partKey)?.value);
    return { shard, save: () => kvs.set('plain', partKey, shard) };
  }

  /** Makes the stored snapshot forget an edit, as if its event had been lost. */
  function forgetEdit(
    key: string,
    stale: { actualCost: number | null; statusCategory: 'new' | 'indeterminate' | 'done'; updated: string },
  ): void {
    const stored = storedShard(key);
    Object.assign(
      must(
        stored.shard.issues.find((i) => i.key === key),
        `${key} in its stored shard`,
      ),
      stale,
    );
    stored.save();
  }

  /** Moves the snapshot's last change check back past the interval, as if minutes had passed. */
  function ageChangeCheck(): void {
    const kvs = new KvsStore(app.th.host.db);
    const meta = SnapshotMeta.parse(kvs.get('plain', `snapshot:${epicKey}:meta`)?.value);
    const past = new Date(Date.parse(meta.refreshedAt) - (CHANGE_CHECK_EVERY_MINUTES * 60_000 + 1000)).toISOString();
    kvs.set('plain', `snapshot:${epicKey}:meta`, { ...meta, refreshedAt: past });
  }

  /** Every campaign issue as Jira REST shows it to Camille. */
  async function readFromJira(): Promise<JiraIssue[]> {
    const fields = [
      'summary',
      'status',
      'issuetype',
      'issuelinks',
      fieldIds.planned,
      fieldIds.actual,
      fieldIds.committed,
      fieldIds.budget,
    ].join(',');
    return searchIssues(app.th, `parent = ${epicKey} OR key = ${epicKey}`, fields);
  }

  const isTask = (i: JiraIssue): boolean => i.fields.issuetype.name === 'Task';
  const isOpen = (i: JiraIssue): boolean => i.fields.status.statusCategory.key !== 'done';

  /** BAC, AC, EV, CPI, EAC and open tasks per milestone, from Jira's data and the plan's row costs. */
  function expectedFrom(issues: JiraIssue[]): {
    bac: number;
    actual: number;
    committed: number;
    ev: number;
    cpi: number;
    eac: number;
    openTasks: Record<string, number>;
  } {
    const rowCost = new Map(plan.rows.map((r) => [r.rowId, r.plannedCost ?? 0]));
    const epic = findIssue(issues, (i) => i.key === epicKey, 'the epic in Jira');
    const bac = Money.parse(epic.fields[fieldIds.budget]).amount;
    const done = (i: JiraIssue): boolean => !isOpen(i);
    const planned = (i: JiraIssue): number =>
      numberField(i, fieldIds.planned) ?? rowCost.get(i.properties.campaignControlRow?.rowId ?? '') ?? 0;
    const actual = issues.reduce((s, i) => s + (numberField(i, fieldIds.actual) ?? 0), 0);
    const committed = issues.reduce((s, i) => s + (numberField(i, fieldIds.committed) ?? 0), 0);
    const ev = issues.filter(done).reduce((s, i) => s + planned(i), 0);
    const cpi = ev / actual;
    const openTasks: Record<string, number> = {};
    for (const m of issues.filter((i) => i.fields.issuetype.name === 'Milestone')) {
      const blockers = m.fields.issuelinks.flatMap((l) => (l.type.name === 'Blocks' && l.inwardIssue ? [l.inwardIssue.key] : []));
      openTasks[m.key] = done(m) ? 0 : issues.filter((i) => blockers.includes(i.key) && isTask(i) && !done(i)).length;
    }
    return { bac, actual, committed, ev, cpi, eac: actual + (bac - ev) / cpi, openTasks };
  }

  async function transitionToDone(key: string): Promise<void> {
    const toDone = must(
      (await transitionsOf(app.th, key)).find((t) => t.to.statusCategory.key === 'done'),
      `a transition of ${key} to done`,
    );
    const res = await app.th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: toDone.id } });
    expect(res.status).toBe(204);
  }

  async function setFields(key: string, fields: Record<string, unknown>): Promise<void> {
    const res = await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, { fields });
    expect(res.status).toBe(204);
  }

  /** Delivers a Jira issue event to the app's trigger function, as the platform would. */
  async function deliver(eventType: string, issue: { id: string; key: string; fields: Record<string, unknown> }): Promise<void> {
    await app.th.host.invoker.runPlainFunction({
      functionKey: 'campaign-events',
      moduleKey: 'campaign-snapshot-events',
      event: { eventType, issue, changelog: { id: '1', items: [] }, context: { cloudId: 'local', moduleKey: 'campaign-snapshot-events' } },
      context: {},
      timeoutMs: 55_000,
      limitName: "Forge's trigger limit",
    });
  }

  it('creates a campaign, spends on it and finishes some work through Jira REST', async () => {
    const preview = await invokeResolver(app.th, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate: '2027-11-26',
      budget: { amount: 140000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    expect(preview.ok).toBe(true);
    plan = preview.data.plan;
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'panel-test-0001',
      plan,
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    epicKey = epicOf(job);

    const fields = await listFields(app.th);
    const byModule = (m: string): string =>
      must(
        fields.find((f) => f.schema?.custom?.endsWith(`/static/${m}`)),
        `the ${m} field`,
      ).id;
    fieldIds = {
      planned: byModule('planned-cost'),
      actual: byModule('actual-cost'),
      committed: byModule('committed-cost'),
      budget: byModule('campaign-budget'),
    };

    // The three costliest tasks are done and cost 20% more than planned; two others have spend and commitments.
    const issues = await readFromJira();
    const plannedOf = (i: JiraIssue): number => numberField(i, fieldIds.planned) ?? 0;
    const tasks = issues.filter((i) => isTask(i) && plannedOf(i) > 0).sort((a, b) => plannedOf(b) - plannedOf(a));
    for (const t of tasks.slice(0, 3)) {
      await setFields(t.key, { [fieldIds.actual]: Math.round(plannedOf(t) * 1.2) });
      await transitionToDone(t.key);
    }
    await setFields(must(tasks[3], 'a fourth costed task').key, { [fieldIds.actual]: 1500, [fieldIds.committed]: 4000 });
    await setFields(must(tasks[4], 'a fifth costed task').key, { [fieldIds.committed]: 2500 });
  });

  it('answers the epic with numbers equal to ones computed from Jira', async () => {
    await settleTriggers(app.th);
    const p = await panelOf(CAMILLE.accountId, epicKey);
    expect(p).toMatchObject({ mode: 'epic', issueKey: epicKey, refresh: 'cold' });
    const jira = await readFromJira();
    const want = expectedFrom(jira);
    expect(p.campaign.issueCount).toBe(jira.length);
    expect(p.budget.planned).toBe(want.bac);
    expect(p.budget.actual).toBeCloseTo(want.actual, 2);
    expect(p.budget.committed).toBeCloseTo(want.committed, 2);
    expect(p.budget.remaining).toBeCloseTo(want.bac - want.actual, 2);
    expect(p.budget.earnedValue).toBeCloseTo(want.ev, 2);
    expect(p.budget.cpi).toBeCloseTo(want.cpi, 6);
    expect(p.budget.forecastNote).toBe('ok');
    expect(p.budget.forecastAtCompletion).toBeCloseTo(want.eac, 1);
    expect(Object.fromEntries(p.milestones.map((m) => [m.key, m.openTasks]))).toEqual(want.openTasks);
    // Approvers carry their display names, read once with the snapshot.
    const approvers = p.gates.flatMap((g) => g.approvers);
    expect(approvers.length).toBeGreaterThan(0);
    for (const a of approvers) expect(a.displayName).not.toBe(a.accountId);
  });

  it("answers a repeat view from the issue's own panel from the snapshot with no REST call", async () => {
    await settleTriggers(app.th);
    await resetStats();
    const out = await panelOf(CAMILLE.accountId, epicKey);
    const s = await stats();
    expect(out.refresh).toBe('cache');
    // The context proves the epic visible, the snapshot was checked minutes ago, the grants are cached.
    expect(s.requests).toBe(0);
    // A task's panel (compact): the first view looks the task up once; the next one needs nothing.
    const task = findIssue(await readFromJira(), isTask, 'a task');
    await panelOf(CAMILLE.accountId, task.key);
    await resetStats();
    const compact = await panelOf(CAMILLE.accountId, task.key);
    expect((await stats()).requests).toBe(0);
    expect(compact).toMatchObject({ mode: 'compact', refresh: 'cache', campaign: { epicKey } });
    const blocked = task.fields.issuelinks.find((l) => l.type.name === 'Blocks' && l.outwardIssue?.fields.issuetype.name === 'Milestone');
    expect(compact.ownMilestoneKey).toBe(must(blocked?.outwardIssue, `the milestone ${task.key} blocks`).key);
    // The same issue named in a payload from another issue's panel is looked up and checked with Jira.
    await resetStats();
    await panelOf(CAMILLE.accountId, epicKey, { issueKey: task.key });
    expect(Object.keys((await stats()).byOperation)).toContain('GET /rest/api/3/issue/{issueIdOrKey}');
  });

  it('applies a Jira edit from its issue event (delivered by the host to the trigger), so the next load needs no re-read', async () => {
    const jira = await readFromJira();
    const task = findIssue(jira, (i) => isTask(i) && isOpen(i) && !numberField(i, fieldIds.actual), 'an open task without spend');
    await setFields(task.key, { [fieldIds.actual]: 777 });
    await settleTriggers(app.th);
    await resetStats();
    const out = await panelOf(CAMILLE.accountId, epicKey);
    expect(out.refresh).toBe('cache');
    expect((await stats()).requests).toBe(0);
    const want = expectedFrom(await readFromJira());
    expect(out.budget.actual).toBeCloseTo(want.actual, 2);
    expect(out.budget.cpi).toBeCloseTo(want.cpi, 6);
  });

  it('catches up with an edit whose event was lost, from the change check', async () => {
    const jira = await readFromJira();
    const task = findIssue(jira, (i) => isTask(i) && isOpen(i) && !numberField(i, fieldIds.actual), 'an open task without spend');
    const before = { actualCost: null, statusCategory: task.fields.status.statusCategory.key, updated: '2026-01-01T00:00:00.000+0000' };
    await setFields(task.key, { [fieldIds.actual]: 640 });
    await transitionToDone(task.key);
    await settleTriggers(app.th);
    forgetEdit(task.key, before);
    ageChangeCheck();
    await resetStats();
    const out = await panelOf(CAMILLE.accountId, epicKey);
    expect(out.refresh).toBe('incremental');
    // One change check, which brings the changed issues' fields with it.
    expect(Object.keys((await stats()).byOperation)).toEqual(['POST /rest/api/3/search/jql']);
    const want = expectedFrom(await readFromJira());
    expect(out.budget.earnedValue).toBeCloseTo(want.ev, 2);
    expect(Object.fromEntries(out.milestones.map((m) => [m.key, m.openTasks]))).toEqual(want.openTasks);
  });

  it('drops a deleted issue on its event', async () => {
    const jira = await readFromJira();
    const task = findIssue(jira, (i) => isTask(i) && numberField(i, fieldIds.committed) === 2500, 'the task committed 2500');
    expect((await app.th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issue/${task.key}`)).status).toBe(204);
    await settleTriggers(app.th);
    const out = await panelOf(CAMILLE.accountId, epicKey);
    expect(out.refresh).toBe('cache');
    const want = expectedFrom(await readFromJira());
    expect(out.campaign.issueCount).toBe(jira.length - 1);
    expect(out.budget.committed).toBeCloseTo(want.committed, 2);
  });

  it('drops a deleted issue when its event names no campaign, by looking through the stored campaigns', async () => {
    const jira = await readFromJira();
    const task = findIssue(jira, (i) => isTask(i) && isOpen(i), 'an open task');
    const kept = must(
      storedShard(task.key).shard.issues.find((i) => i.key === task.key),
      `${task.key} in its stored shard`,
    );
    expect((await app.th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issue/${task.key}`)).status).toBe(204);
    await settleTriggers(app.th);
    // The host's delivery carried the parent and removed it; put it back, then deliver an event without the parent.
    const stored = storedShard(task.key);
    expect(stored.shard.issues.some((i) => i.key === task.key)).toBe(false);
    stored.shard.issues.push(kept);
    stored.save();
    expect((await panelOf(CAMILLE.accountId, epicKey)).campaign.issueCount).toBe(jira.length);
    await deliver('avi:jira:deleted:issue', { id: task.id, key: task.key, fields: { issuetype: { name: 'Task' } } });
    const out = await panelOf(CAMILLE.accountId, epicKey);
    expect(out.campaign.issueCount).toBe(jira.length - 1);
  });

  it('rebuilds on demand with refresh: true', async () => {
    const out = await panelOf(CAMILLE.accountId, epicKey, { refresh: true });
    expect(out.refresh).toBe('cold');
    expect(out.campaign.issueCount).toBe((await readFromJira()).length);
  });

  it('answers NOT_FOUND, like Jira, to a user who cannot see the issue, and shows nothing on issues outside any campaign', async () => {
    // The platform shows no panel on an issue the user cannot see (the host refuses the context), so the payload names it.
    await expect(panel(SAM.accountId, epicKey, { issueKey: epicKey })).rejects.toThrow(/ISSUE_NOT_FOUND/);
    const asked = await invokeResolver(app.th, SAM.accountId, 'getCampaignPanel', { issueKey: epicKey }, { moduleKey: 'campaign-panel' });
    expect(asked).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        field: 'issueKey',
        key: 'errors.issueNotVisible',
        params: { field: 'issueKey', issueKey: epicKey },
        message: `issueKey: ${epicKey} does not exist or you do not have permission to see it`,
      },
    });
    expect(await panel(CAMILLE.accountId, 'MKT-1')).toEqual({ ok: true, data: { mode: 'none', issueKey: 'MKT-1' } });
    const bad = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getCampaignPanel',
      { issueKey: 'not a key' },
      { moduleKey: 'campaign-panel' },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'issueKey' } });
  });
});
