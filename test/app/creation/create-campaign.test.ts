import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName, ResultOf } from '../../../src/contracts/registry';
import { invokeResolver, waitForCreationJob } from '../../support/invoke';
import { refusal, type ContractAnswer } from '../../support/contract-call';
import { CAMILLE, INES, NOAH } from '../../../local/identity/demo-users';
import { expectedLinkCount, planWith } from './plan-fixture';
import type { CampaignPlan } from '../../../src/domain/model';
import { must } from '../../support/must';
import { customFieldId, issueOfRow, listFields, localStats, remoteLinks, searchIssues, type JiraIssue } from '../rest-reads';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

type CreationJob = ContractAnswer<ResultOf<'getCreationJob'>>;

/** How many issues a `POST /issue/bulk` request body asked for. */
const bulkSize = (requestBody: string): number => (JSON.parse(requestBody) as { issueUpdates: unknown[] }).issueUpdates.length;

/** Creating a campaign end to end: real resolvers through /local/invoke, checked through Jira REST as Camille. */
describe('createCampaign → runCreationJob', () => {
  /** When each exchange reached the emulator's end, to check waits the app takes between calls. */
  const seenAt = new Map<object, number>();
  const app = useAppTestHost({ onExchange: (x) => seenAt.set(x, Date.now()) });

  const invoke = <K extends ResolverName>(accountId: string, functionKey: K, payload: PayloadOf<K>) =>
    invokeResolver(app.th, accountId, functionKey, payload);

  /** The finished job, or the refusal of `createCampaign` (whose `data` is then absent). */
  const create = async (requestId: string, plan: CampaignPlan, accountId = CAMILLE.accountId): Promise<CreationJob> => {
    let started = await invoke(accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId, plan });
    // The page presses Create again when Jira was busy; the same request id makes that safe.
    for (let i = 0; i < 10 && !started.ok && started.error.code === 'TRY_AGAIN'; i++)
      started = await invoke(accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId, plan });
    if (!started.ok) return refusal(started.error);
    return waitForCreationJob(app.th, accountId, started.data.jobId);
  };

  const search = (jql: string, fields?: string): Promise<JiraIssue[]> => searchIssues(app.th, jql, fields);
  const byRequest = (requestId: string, fields?: string): Promise<JiraIssue[]> =>
    search(`issue.property[campaignControlRow].requestId = "${requestId}"`, fields);
  const bulkCalls = async (): Promise<number> => (await localStats(app.th)).byOperation['POST /rest/api/3/issue/bulk']?.requests ?? 0;

  it('creates the epic, milestones and tasks with parent, due dates, labels, row property, Blocks links and the brief link', async () => {
    const plan = planWith(2, 3, 'campaign-small');
    const result = await create('req-small-0001', plan);
    expect(result.ok).toBe(true);
    const job = result.data;
    expect(job).toMatchObject({
      state: 'done',
      totalIssues: 9,
      createdIssues: 9,
      totalLinks: expectedLinkCount(plan),
      createdLinks: expectedLinkCount(plan),
    });

    expect(job.errors).toEqual([]);
    const allFields = await listFields(app.th);
    const fieldOf = (module: string): string => customFieldId(allFields, module);
    const [planned, budget, kpis] = [fieldOf('planned-cost'), fieldOf('campaign-budget'), fieldOf('campaign-kpis')];
    const issues = await byRequest(
      'req-small-0001',
      `key,summary,issuetype,parent,duedate,labels,assignee,issuelinks,${planned},${budget},${kpis}`,
    );
    expect(issues).toHaveLength(plan.rows.length + 1);
    const byRow = (rowId: string): JiraIssue => issueOfRow(issues, rowId);
    const epic = byRow('epic');
    expect(epic.fields.issuetype.name).toBe('Epic');
    expect(epic.fields.summary).toBe(plan.name);
    expect(epic.fields[budget]).toEqual({ amount: 50000, currency: 'EUR' });
    expect(epic.fields[kpis]).toEqual({
      items: [{ id: 'ctr', name: 'Click-through rate', unit: 'percent', target: 2.5, direction: 'higher_is_better' }],
    });
    expect(job.epicKey).toBe(epic.key);
    for (const row of plan.rows) {
      const issue = byRow(row.rowId);
      expect(issue.fields.issuetype.name).toBe(row.kind === 'milestone' ? 'Milestone' : 'Task');
      expect(issue.fields.parent.key).toBe(epic.key);
      expect(issue.fields.duedate).toBe(row.dueDate);
      expect(issue.fields.labels.sort()).toEqual(['campaign', 'campaign-small']);
      expect(issue.fields.assignee?.accountId).toBe(row.assigneeAccountId);
      expect(issue.properties.campaignControlRow).toEqual({
        requestId: 'req-small-0001',
        rowId: row.rowId,
        kind: row.kind,
        ...(row.parentRowId ? { milestoneRowId: row.parentRowId } : {}),
      });
      expect(job.issueKeys[row.rowId]).toBe(issue.key);
      expect(issue.fields[planned]).toBe(row.kind === 'task' ? row.plannedCost : null);
    }
    // task-1-2 blocks milestone-1 and its successor task-1-3, and is blocked by task-1-1.
    const t12 = byRow('task-1-2');
    const blocks = t12.fields.issuelinks.filter((l) => l.type.name === 'Blocks');
    expect(
      blocks
        .map((l) => l.outwardIssue?.key)
        .filter(Boolean)
        .sort(),
    ).toEqual([byRow('milestone-1').key, byRow('task-1-3').key].sort());
    expect(blocks.map((l) => l.inwardIssue?.key).filter(Boolean)).toEqual([byRow('task-1-1').key]);

    const remote = await remoteLinks(app.th, epic.key);
    expect(remote).toHaveLength(1);
    expect(remote[0]?.object).toMatchObject({ url: plan.brief?.url, title: 'Black Friday 2026' });
    // The reporter is the PM who created it (asUser), not the app.
    const full: JiraIssue = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epic.key}?fields=reporter`)).body;
    expect(full.fields.reporter.accountId).toBe(CAMILLE.accountId);

    const polled = await invoke(CAMILLE.accountId, 'getCreationJob', { jobId: job.jobId });
    expect(polled).toEqual({ ok: true, data: job });
    // Someone else cannot read or run Camille's job.
    const other = await invoke(NOAH.accountId, 'getCreationJob', { jobId: job.jobId });
    expect(other.error.code).toBe('NOT_FOUND');
  });

  it('sending the same request again creates nothing new', async () => {
    const plan = planWith(1, 2, 'campaign-resend');
    expect((await create('req-resend-0001', plan)).data.state).toBe('done');
    const before = await byRequest('req-resend-0001');
    const again = await create('req-resend-0001', plan);
    expect(again.data.state).toBe('done');
    expect(await byRequest('req-resend-0001')).toHaveLength(before.length);
    const changed = await invoke(CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-resend-0001',
      plan: { ...plan, name: 'Another name' },
    });
    expect(changed.error).toMatchObject({ code: 'INVALID_INPUT', field: 'requestId' });
  });

  it('creates a 60-row plan with 2 bulk calls (the epic is created alone, by POST /issue)', async () => {
    const plan = planWith(6, 9, 'campaign-sixty');
    expect(plan.rows).toHaveLength(60);
    await app.th.call(null, 'POST', '/local/stats/reset');
    const result = await create('req-sixty-0001', plan);
    expect(result.data).toMatchObject({ state: 'done', createdIssues: 61, createdLinks: expectedLinkCount(plan) });
    expect(await bulkCalls()).toBe(2);
    const stats = await localStats(app.th);
    expect(stats.byOperation['POST /rest/api/3/issue']?.requests).toBe(1);
    expect(stats.byOperation['POST /rest/api/3/issueLink']?.requests).toBe(expectedLinkCount(plan));
    expect(await byRequest('req-sixty-0001')).toHaveLength(61);
  });

  it('Jira creates both bulk chunks but the answers are lost: re-found by row property, never resent; a re-run adds nothing', async () => {
    const plan = planWith(6, 9, 'campaign-lost');
    await app.th.call(null, 'POST', '/local/stats/reset');
    // The emulator commits each bulk create, then closes the connection: the app's fetch throws, as on a lost connection.
    await app.th.call(null, 'POST', '/local/faults', {
      dropResponse: 1,
      only: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      times: 2,
    });
    const from = app.th.exchanges.length;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let first: CreationJob | undefined;
    try {
      first = await create('req-lost-00001', plan);
      expect(logged).toHaveBeenCalledWith('[campaign-control] Jira call failed without an answer', expect.anything());
    } finally {
      logged.mockRestore();
      await app.th.call(null, 'POST', '/local/faults', {});
    }
    expect((await localStats(app.th)).faults.dropResponse).toBe(2);
    // The run recovers by itself: it never saw an answer, yet records every issue Jira made, each made once.
    const recovered = must(first, 'the first run').data;
    expect(recovered).toMatchObject({ state: 'done', createdIssues: 61, createdLinks: expectedLinkCount(plan), errors: [] });
    const bulks = app.th.exchanges.slice(from).filter((x) => x.method === 'POST' && x.path === '/rest/api/3/issue/bulk');
    expect(bulks.map((x) => [x.dropped, bulkSize(x.requestBody)])).toEqual([
      [true, 50],
      [true, 10], // only the rows the re-read did not find: the first 50 were not sent again
    ]);
    // Search is eventually consistent in Jira: the re-read after a lost write waits a backoff (2 s × 0.7–1.3) first.
    const firstBulk = must(bulks[0], 'the first bulk create');
    const after = app.th.exchanges.slice(app.th.exchanges.indexOf(firstBulk));
    const reread = must(
      after.find((x) => x.path === '/rest/api/3/search/jql'),
      'a re-read after the lost write',
    );
    expect(
      must(seenAt.get(reread), 'when the re-read arrived') - must(seenAt.get(firstBulk), 'when the bulk arrived'),
    ).toBeGreaterThanOrEqual(1_350);
    const issues = await byRequest('req-lost-00001');
    expect(issues).toHaveLength(61);
    const rowIds = issues.map((i) => i.properties.campaignControlRow?.rowId);
    expect(new Set(rowIds).size).toBe(61);
    expect(Object.fromEntries(issues.map((i) => [i.properties.campaignControlRow?.rowId, i.key]))).toEqual(recovered.issueKeys);

    // Pressing Create again with the same request: nothing new, nothing missing.
    const second = await create('req-lost-00001', plan);
    expect(second.data).toMatchObject({ state: 'done', createdIssues: 61, createdLinks: expectedLinkCount(plan), errors: [] });
    expect(await byRequest('req-lost-00001')).toHaveLength(61);
    expect(await bulkCalls()).toBe(2);
  });

  it('finishes correctly under injected 429s and 503s, with no duplicates', async () => {
    const plan = planWith(4, 6, 'campaign-busy');
    await app.th.call(null, 'POST', '/local/stats/reset');
    // The policy really waits (at least 2 s × jitter per refusal), so the dice roll only on POSTs (the writes, and
    // the searches that re-read) and stop after 4 faults.
    await app.th.call(null, 'POST', '/local/faults', {
      rate429: 0.3,
      error5xx: 0.1,
      retryAfterSeconds: 0,
      seed: 3,
      only: { method: 'POST' },
      times: 4,
    });
    let result: CreationJob | undefined;
    try {
      result = await create('req-busy-0001', plan);
      // A run that stopped because Jira stayed busy resumes with the same request.
      for (let i = 0; i < 5 && result.data.state !== 'done'; i++) result = await create('req-busy-0001', plan);
    } finally {
      await app.th.call(null, 'POST', '/local/faults', {});
    }
    const stats = await localStats(app.th);
    expect(stats.faults.rate429).toBeGreaterThan(0);
    expect(stats.faults.error5xx).toBeGreaterThan(0);
    expect(stats.faults.rate429 + stats.faults.error5xx).toBe(4);
    // Writes were refused too (not only reads), so the re-read-then-create path ran.
    const refusedWrites = app.th.exchanges.filter(
      (x) => x.method === 'POST' && /\/issue(\/bulk|Link)?$/.test(x.path) && (x.status === 429 || x.status === 503),
    );
    expect(refusedWrites.length).toBeGreaterThan(0);
    expect(must(result, 'the run').data).toMatchObject({
      state: 'done',
      createdIssues: plan.rows.length + 1,
      createdLinks: expectedLinkCount(plan),
    });
    const issues = await byRequest('req-busy-0001', 'key,issuelinks');
    expect(issues).toHaveLength(plan.rows.length + 1);
    const rowIds = issues.map((i) => i.properties.campaignControlRow?.rowId);
    expect(new Set(rowIds).size).toBe(rowIds.length);
    const linkIds = new Set(issues.flatMap((i) => i.fields.issuelinks.map((l) => l.id)));
    expect(linkIds.size).toBe(expectedLinkCount(plan));
  });

  it('refuses a viewer (Inès) with FORBIDDEN and creates nothing', async () => {
    const plan = planWith(1, 1, 'campaign-viewer');
    const out = await invoke(INES.accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId: 'req-viewer-0001', plan });
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe('FORBIDDEN');
    expect(out.error.message).toMatch(/plan\.projectKey/);
    expect(await search('labels = "campaign-viewer"')).toHaveLength(0);
  });

  it('names the field of a bad plan', async () => {
    const plan = planWith(1, 1, 'campaign-bad');
    const out = await invoke(CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-bad-00001',
      plan: { ...plan, rows: [{ ...plan.rows[0]!, dueDate: '2026-13-01' }] },
    });
    expect(out.error).toMatchObject({ code: 'INVALID_INPUT', field: 'plan.rows.0.dueDate' });
  });
});
