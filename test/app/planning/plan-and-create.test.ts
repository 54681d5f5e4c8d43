import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName, ResultOf } from '../../../src/contracts/registry';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE, INES, SAM } from '../../../local/identity/demo-users';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../../local/confluence/seed';

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
    const q = new URLSearchParams({
      jql: `labels = ${plan.campaignLabel} ORDER BY key`,
      fields: 'summary,issuetype,parent,duedate,labels,issuelinks',
      properties: 'campaignControlRow',
      maxResults: '100',
    });
    const found = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q}`);
    const issues = found.body.issues as any[];
    expect(issues).toHaveLength(plan.rows.length + 1);
    const byRow = new Map(issues.map((i) => [i.properties.campaignControlRow.rowId, i]));
    expect(byRow.get('epic').fields.issuetype.name).toBe('Epic');
    for (const row of plan.rows) {
      const issue = byRow.get(row.rowId);
      expect(issue.fields.issuetype.name).toBe(row.kind === 'milestone' ? 'Milestone' : 'Task');
      expect(issue.fields.parent.key).toBe(epicKey);
      expect(issue.fields.duedate).toBe(row.dueDate);
      expect(issue.fields.labels).toEqual(expect.arrayContaining(['campaign', plan.campaignLabel]));
      if (row.kind === 'task') {
        const milestoneKey = byRow.get(row.parentRowId).key;
        expect(issue.fields.issuelinks.some((l: any) => l.type.name === 'Blocks' && l.outwardIssue?.key === milestoneKey)).toBe(true);
      }
    }
    const listed = await call(CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    expect(listed.data.campaigns).toEqual([expect.objectContaining({ epicKey, launchDate: LAUNCH, campaignLabel: plan.campaignLabel })]);
    // Sam cannot see the project: Jira's answer, not an empty list.
    expect(await call(SAM.accountId, 'listCampaigns', { projectKey: 'MKT' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const remote = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epicKey}/remotelink`);
    expect(remote.body.map((l: any) => l.object.url).join(' ')).toContain(BLACK_FRIDAY_FR_BRIEF_ID);
  });

  it('re-plans: shows the date changes, then moves open issues and keeps done work', async () => {
    const firstTask = plan.rows.find((r) => r.kind === 'task');
    if (!firstTask) throw new Error('the plan has no task');
    const q = new URLSearchParams({
      jql: `labels = ${plan.campaignLabel}`,
      fields: 'duedate',
      properties: 'campaignControlRow',
      maxResults: '100',
    });
    const issues = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q}`)).body.issues as any[];
    const doneKey = issues.find((i) => i.properties.campaignControlRow.rowId === firstTask.rowId).key;
    const transitions = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${doneKey}/transitions`)).body.transitions;
    await app.th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${doneKey}/transitions`, {
      transition: { id: transitions.find((t: any) => t.to.statusCategory.key === 'done').id },
    });

    const preview = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03' });
    expect(preview.ok).toBe(true);
    expect(preview.data.applied).toBe(0);
    expect(preview.data.changes.length).toBeGreaterThan(10);
    expect(preview.data.changes.find((c: any) => c.issueKey === doneKey)).toMatchObject({ done: true });
    const before = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${doneKey}?fields=duedate`)).body.fields.duedate;

    expect(await call(INES.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03', apply: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const applied = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03', apply: true });
    expect(applied.data.applied).toBe(applied.data.changes.filter((c) => !c.done).length);
    const moved = applied.data.changes.find((c) => !c.done);
    if (!moved) throw new Error('re-planning moved no open issue');
    expect((await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${moved.issueKey}?fields=duedate`)).body.fields.duedate).toBe(
      moved.to,
    );
    expect((await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${doneKey}?fields=duedate`)).body.fields.duedate).toBe(before);
    const again = await call(CAMILLE.accountId, 'replanCampaign', { epicKey, launchDate: '2027-12-03' });
    expect(again.data.changes.filter((c: any) => !c.done)).toEqual([]);
  });

  it('compares with the brief and applies only what the PM accepts', async () => {
    const compared = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey });
    expect(compared.ok).toBe(true);
    const fields = compared.data.differences.map((d: any) => d.field);
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
    const page = (await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${BLACK_FRIDAY_FR_BRIEF_ID}?body-format=storage`)).body;
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
    const fields = compared.data.differences.map((d: any) => d.field).sort();
    expect(fields).toEqual(['budget', 'kpis.commandes', 'launchDate']);
    expect(compared.data.differences.find((d: any) => d.field === 'budget')).toMatchObject({
      inPlan: { amount: 140000, currency: 'EUR' },
      inBrief: { amount: 150000, currency: 'EUR' },
    });

    const applied = await call(CAMILLE.accountId, 'compareWithBrief', { epicKey, accept: ['budget', 'kpis.commandes'] });
    expect(applied.data.applied.sort()).toEqual(['budget', 'kpis.commandes']);
    expect(applied.data.differences.map((d: any) => d.field)).toEqual(['launchDate']);
    const fieldList = (await app.th.call(CAMILLE.email, 'GET', '/rest/api/3/field')).body as any[];
    const budgetField = fieldList.find((f) => f.schema?.custom?.endsWith('/static/campaign-budget')).id;
    const kpiField = fieldList.find((f) => f.schema?.custom?.endsWith('/static/campaign-kpis')).id;
    const epic = (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epicKey}?fields=${budgetField},${kpiField}`)).body.fields;
    expect(epic[budgetField]).toEqual({ amount: 150000, currency: 'EUR' });
    expect(epic[kpiField].items.find((k: { id: string }) => k.id === 'commandes').target).toBe(9800);
    expect((await call(CAMILLE.accountId, 'compareWithBrief', { epicKey })).data.differences.map((d: any) => d.field)).toEqual([
      'launchDate',
    ]);
  });
});
