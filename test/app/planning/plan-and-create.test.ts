import { z } from 'zod';
import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName, ResultOf } from '../../../src/contracts/registry';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE, INES, SAM } from '../../../local/identity/demo-users';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../../local/confluence/seed';
import { must } from '../../support/must';
import { confluencePage, issueOfRow, listFields, remoteLinks, searchIssues, transitionsOf, type JiraIssue } from '../rest-reads';

/** What the test reads of the campaign-kpis field's value. */
const KpiFieldValue = z.object({ items: z.array(z.object({ id: z.string(), target: z.number() })) });

/** The due date of an issue read with `?fields=duedate`. */
const dueDateIn = (body: JiraIssue): string | null => body.fields.duedate;

/**
 * The PM's whole path through the local host: preview the Black Friday campaign from the French brief, create it,
 * check it in Jira, move the launch date, and compare with the brief. Real resolvers, real queue, real REST.
 */
describe('plan a campaign from a brief, create it, re-plan it', () => {
  const app = useAppTestHost();
  const call = <K extends ResolverName>(accountId: string, fn: K, payload: PayloadOf<K>) => invokeResolver(app.th, accountId, fn, payload);
  const LAUNCH = '2027-11-26'; // Black Friday 2027: far enough ahead for the whole plan to fit.
  const previewPayload: PayloadOf<'previewCampaign'> = {
    templateId: 'black-friday-omnichannel',
    launchDate: LAUNCH,
    budget: { amount: 140000, currency: 'EUR' },
    holidayCalendar: 'FR',
    briefPageId: BLACK_FRIDAY_FR_BRIEF_ID,
    projectKey: 'MKT',
  };
  let plan: ResultOf<'previewCampaign'>['plan'];
  let epicKey: string;

  it('previews the whole plan with the brief’s values, their sources, and what differs', async () => {
    const out = await call(CAMILLE.accountId, 'previewCampaign', previewPayload);
    expect(out.ok).toBe(true);
    plan = out.data.plan;
    expect(plan.language).toBe('fr');
    expect(plan.launchDate).toBe(LAUNCH);
    expect(plan.rows.filter((r) => r.kind === 'milestone').length).toBeGreaterThanOrEqual(6);
    expect(plan.rows.filter((r) => r.kind === 'task').length).toBeGreaterThan(20);
    // Every task is due on or before its milestone, and none is in the past for a launch a year ahead.
    const due = new Map(plan.rows.map((r) => [r.rowId, r.dueDate]));
    for (const t of plan.rows.filter((r) => r.kind === 'task')) expect(t.dueDate <= (due.get(t.parentRowId ?? '') as string)).toBe(true);
    expect(plan.warnings.filter((w) => ['in_past', 'cannot_fit', 'dependency_violated'].includes(w.kind))).toEqual([]);
    // The brief: values with where they came from; the launch date differs and is flagged, not applied.
    expect(plan.brief?.pageId).toBe(BLACK_FRIDAY_FR_BRIEF_ID);
    const launch = plan.brief?.values.find((v) => v.field === 'launchDate');
    expect(launch).toMatchObject({ value: '2026-11-27', source: expect.stringContaining('Dates clés') });
    expect(plan.warnings).toContainEqual(expect.objectContaining({ kind: 'brief', field: 'launchDate' }));
    expect(plan.warnings.find((w) => w.field === 'budget' && w.kind === 'brief')).toBeUndefined();
    expect(plan.kpis.map((k) => k.name)).toContain('Commandes');
    expect(plan.gates.length).toBeGreaterThan(0);
    expect(plan.rows.reduce((s: number, r) => s + (r.plannedCost ?? 0), 0)).toBeLessThanOrEqual(140000);
  });

  it('refuses a viewer, an outsider and a bad date, naming the field', async () => {
    expect(await call(INES.accountId, 'previewCampaign', previewPayload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(SAM.accountId, 'previewCampaign', previewPayload)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await call(CAMILLE.accountId, 'previewCampaign', { ...previewPayload, launchDate: '2027-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'launchDate' } });
    const badBrief = await call(CAMILLE.accountId, 'previewCampaign', { ...previewPayload, briefPageId: 'javascript:alert(1)' });
    expect(badBrief).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'briefPageId' } });
  });

  it('applies the PM’s edits on the server and re-checks the plan', async () => {
    const task = plan.rows.find((r) => r.kind === 'task');
    if (!task) throw new Error('the plan has no task');
    const out = await call(CAMILLE.accountId, 'previewCampaign', {
      ...previewPayload,
      overrides: { rows: { [task.rowId]: { summary: 'Tâche renommée' } } },
    });
    expect(out.data.plan.rows.find((r) => r.rowId === task.rowId)?.summary).toBe('Tâche renommée');
    const unknown = await call(CAMILLE.accountId, 'previewCampaign', {
      ...previewPayload,
      overrides: { rows: { 'no-such-row': { removed: true } } },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(unknown.error.message).toMatch(/no-such-row/);
  });

  it('creates the campaign in Jira: epic, milestones, tasks, dates, links, properties, labels, brief link', async () => {
    const started = await call(CAMILLE.accountId, 'createCampaign', { requestId: 'plan-and-create-0001', plan });
    expect(started.ok).toBe(true);
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    epicKey = epicOf(job);
    const issues = await searchIssues(
      app.th,
      `labels = ${plan.campaignLabel} ORDER BY key`,
      'summary,issuetype,parent,duedate,labels,issuelinks',
    );
    expect(issues).toHaveLength(plan.rows.length + 1);
    expect(issueOfRow(issues, 'epic').fields.issuetype.name).toBe('Epic');
    for (const row of plan.rows) {
      const issue = issueOfRow(issues, row.rowId);
      expect(issue.fields.issuetype.name).toBe(row.kind === 'milestone' ? 'Milestone' : 'Task');
      expect(issue.fields.parent.key).toBe(epicKey);
      expect(issue.fields.duedate).toBe(row.dueDate);
      expect(issue.fields.labels).toEqual(expect.arrayContaining(['campaign', plan.campaignLabel]));
      if (row.kind === 'task') {
        const milestoneKey = issueOfRow(issues, must(row.parentRowId, `the milestone of ${row.rowId}`)).key;
        expect(issue.fields.issuelinks.some((l) => l.type.name === 'Blocks' && l.outwardIssue?.key === milestoneKey)).toBe(true);
      }
    }
    const listed = await call(CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    expect(listed.data.campaigns).toEqual([expect.objectContaining({ epicKey, launchDate: LAUNCH, campaignLabel: plan.campaignLabel })]);
    // Sam cannot see the project: Jira's answer, not an empty list.
    expect(await call(SAM.accountId, 'listCampaigns', { projectKey: 'MKT' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const remote = await remoteLinks(app.th, epicKey);
    expect(remote.map((l) => l.object.url).join(' ')).toContain(BLACK_FRIDAY_FR_BRIEF_ID);
  });

  it('re-plans: shows the date changes, then moves open issues and keeps done work', async () => {
    const firstTask = plan.rows.find((r) => r.kind === 'task');
    if (!firstTask) throw new Error('the plan has no task');
    const issues = await searchIssues(app.th, `labels = ${plan.campaignLabel}`, 'duedate');
    const doneKey = issueOfRow(issues, firstTask.rowId).key;
    const toDone = must(
      (await transitionsOf(app.th, doneKey)).find((t) => t.to.statusCategory.key === 'done'),
      'a transition to done',
    );
    await app.th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${doneKey}/transitions`, { transition: { id: toDone.id } });

    const preview = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03' });
    expect(preview.ok).toBe(true);
    expect(preview.data.applied).toBe(0);
    expect(preview.data.changes.length).toBeGreaterThan(10);
    expect(preview.data.changes.find((c) => c.issueKey === doneKey)).toMatchObject({ done: true });
    const dueDateOf = async (key: string): Promise<string | null> =>
      dueDateIn((await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}?fields=duedate`)).body);
    const before = await dueDateOf(doneKey);

    expect(await call(INES.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03', apply: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const applied = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03', apply: true });
    expect(applied.data.applied).toBe(applied.data.changes.filter((c) => !c.done).length);
    const moved = applied.data.changes.find((c) => !c.done);
    if (!moved) throw new Error('re-planning moved no open issue');
    expect(await dueDateOf(moved.issueKey)).toBe(moved.to);
    expect(await dueDateOf(doneKey)).toBe(before);
    const again = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03' });
    expect(again.data.changes.filter((c) => !c.done)).toEqual([]);
  });

  it('compares with the brief and applies only what the PM accepts', async () => {
    const compared = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey });
    expect(compared.ok).toBe(true);
    const fields = compared.data.differences.map((d) => d.field);
    // Budget, KPIs, approvers and texts were planned from this brief: only the launch date (moved twice) differs.
    expect(fields).toEqual(['launchDate']);
    const wrong = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey, accept: ['budget'] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'accept.0' } });
    expect(await call(SAM.accountId, 'compareWithBrief', { epicKey })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'epicKey' },
    });
  });

  it('after the brief is edited, shows what changed and applies the accepted budget and KPI to Jira', async () => {
    const page = await confluencePage(app.th, BLACK_FRIDAY_FR_BRIEF_ID);
    const edited = page.body.storage.value
      .replace('<strong>140 000</strong>', '<strong>150 000</strong>')
      .replace('<td>55 000</td>', '<td>65 000</td>')
      .replace('<td>9 200</td>', '<td>9 800</td>');
    const put = await app.th.call(CAMILLE.email, 'PUT', `/wiki/api/v2/pages/${BLACK_FRIDAY_FR_BRIEF_ID}`, {
      id: BLACK_FRIDAY_FR_BRIEF_ID,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: edited },
      version: { number: page.version.number + 1 },
    });
    expect(put.status).toBe(200);

    const compared = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey });
    expect(compared.data.briefVersion).toBe(page.version.number + 1);
    const fields = compared.data.differences.map((d) => d.field).sort();
    expect(fields).toEqual(['budget', 'kpis.commandes', 'launchDate']);
    expect(compared.data.differences.find((d) => d.field === 'budget')).toMatchObject({
      inPlan: { amount: 140000, currency: 'EUR' },
      inBrief: { amount: 150000, currency: 'EUR' },
    });

    const applied = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey, accept: ['budget', 'kpis.commandes'] });
    expect(applied.data.applied.sort()).toEqual(['budget', 'kpis.commandes']);
    expect(applied.data.differences.map((d) => d.field)).toEqual(['launchDate']);
    const fieldList = await listFields(app.th);
    const fieldWith = (custom: string): string =>
      must(
        fieldList.find((f) => f.schema?.custom?.endsWith(custom)),
        `a ${custom} field`,
      ).id;
    const budgetField = fieldWith('/static/campaign-budget');
    const kpiField = fieldWith('/static/campaign-kpis');
    const epic: JiraIssue = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epicKey}?fields=${budgetField},${kpiField}`))
      .body;
    expect(epic.fields[budgetField]).toEqual({ amount: 150000, currency: 'EUR' });
    const kpis = KpiFieldValue.parse(epic.fields[kpiField]);
    expect(kpis.items.find((k) => k.id === 'commandes')?.target).toBe(9800);
    expect((await call(CAMILLE.accountId, 'compareWithBrief', { epicKey })).data.differences.map((d) => d.field)).toEqual(['launchDate']);
  });
});
