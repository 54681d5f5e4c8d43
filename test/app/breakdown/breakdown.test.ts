import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { invokeOutsideContract, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE, INES, LEA, NOAH, SAM } from '../../../local/identity/demo-users';
import { planWith } from '../creation/plan-fixture';
import { must } from '../../support/must';
import { searchIssues, type JiraIssue } from '../rest-reads';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

/** "Break down goal" end to end: the real resolvers through /local/invoke, results read back through Jira REST. */
describe('suggestBreakdown → createBreakdown', () => {
  const app = useAppTestHost();
  const keys: Record<string, string> = {};

  const invoke = <K extends ResolverName>(accountId: string, functionKey: K, payload: PayloadOf<K>, issueKey?: string) =>
    invokeResolver(app.th, accountId, functionKey, payload, { moduleKey: 'breakdown-action', ...(issueKey ? { issueKey } : {}) });
  const suggest = (payload: PayloadOf<'suggestBreakdown'>, accountId = CAMILLE.accountId) =>
    invoke(accountId, 'suggestBreakdown', payload, payload.issueKey);
  const issuesOf = (requestId: string): Promise<JiraIssue[]> =>
    searchIssues(
      app.th,
      `issue.property[campaignControlRow].requestId = "${requestId}" ORDER BY key`,
      'summary,parent,duedate,labels,assignee,issuelinks,issuetype',
    );

  beforeAll(async () => {
    const plan = planWith(2, 1, 'campaign-breakdown');
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-bd-campaign-01',
      plan,
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data.state).toBe('done');
    Object.assign(keys, job.data.issueKeys);
    const roles = await invokeResolver(app.th, CAMILLE.accountId, 'saveRoleAssignments', {
      projectKey: 'MKT',
      roleAssignments: { designer: [NOAH.accountId], copywriter: [LEA.accountId, CAMILLE.accountId] },
    });
    expect(roles.ok).toBe(true);
  });

  it('proposes tasks for a milestone from free text, with reasons (in Camille’s French), dates back from the milestone and suggested assignees', async () => {
    const res = await suggest({ issueKey: keys['milestone-2']!, goalText: 'A landing page and a press release for the launch' });
    expect(res.ok).toBe(true);
    const data = res.data;
    expect(data).toMatchObject({
      target: 'milestone',
      epicKey: keys.epic,
      milestone: { key: keys['milestone-2'], dueDate: '2026-12-05' },
      engine: 'patterns',
      aiAvailable: false,
    });
    const byId = new Map(data.tasks.map((t) => [t.taskId, t]));
    const task = (id: string) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no proposed task ${id}`);
      return found;
    };
    expect([...byId.keys()]).toEqual(expect.arrayContaining(['landing-page-copy', 'landing-page-build', 'press-release', 'press-send']));
    expect(byId.get('landing-page-copy')).toMatchObject({
      reasons: ['«\u202flanding page\u202f» trouvé dans l’objectif'],
      assigneeAccountId: LEA.accountId,
    });
    expect(task('landing-page-design').assigneeAccountId).toBe(NOAH.accountId);
    expect(task('press-release').reasons).toEqual(['«\u202fpress release\u202f» trouvé dans l’objectif']);
    // 2026-12-05 is a Saturday: the last tasks are due the Friday before, and predecessors finish first.
    expect(task('press-send').dueDate).toBe('2026-12-04');
    for (const t of data.tasks) {
      expect(t.dueDate <= '2026-12-05').toBe(true);
      for (const d of t.dependsOn) expect(task(d).dueDate < t.startDate).toBe(true);
    }
    expect(data.warnings.some((w) => w.kind === 'no_assignee' && w.rowId === 'press-release')).toBe(true);
    expect(data.people.some((p) => p.accountId === NOAH.accountId)).toBe(true);
  });

  it('reads the goal from the issue’s summary and description, and answers in the reader’s language', async () => {
    const edit = await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${keys['milestone-1']}`, {
      fields: {
        description: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Newsletter aux clients fidèles' }] }],
        },
      },
    });
    expect(edit.status).toBe(204);
    const res = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'suggestBreakdown',
      { issueKey: keys['milestone-1']! },
      { moduleKey: 'breakdown-action', issueKey: keys['milestone-1'] },
    );
    expect(res.data.goal).toBe('Milestone 1\nNewsletter aux clients fidèles');
    expect(res.data.tasks.map((t) => t.taskId)).toEqual(['email-segment', 'email-copy', 'email-build', 'email-test', 'email-schedule']);
    // Camille reads French; the campaign is in English.
    expect(res.data.tasks[1]).toMatchObject({
      summary: 'Write email copy and subject lines',
      // The goal's own word, as typed.
      reasons: ['«\u202fNewsletter\u202f» trouvé dans l’objectif'],
    });
  });

  it('on the epic, targets the milestone due before launch', async () => {
    const res = await suggest({ issueKey: keys.epic!, goalText: 'video' });
    expect(res.data).toMatchObject({ target: 'epic', milestone: { key: keys['milestone-2'] } });
  });

  it('refuses what is not a campaign epic or milestone, people who cannot create issues, and people who cannot see it', async () => {
    expect((await suggest({ issueKey: keys['task-1-1']! })).error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
      message: expect.stringMatching(/n’est ni l’epic ni un jalon d’une campagne/),
    });
    expect((await suggest({ issueKey: 'MKT-1' })).error).toMatchObject({ code: 'INVALID_INPUT', field: 'issueKey' });
    expect((await suggest({ issueKey: keys['milestone-2']! }, INES.accountId)).error).toMatchObject({
      code: 'FORBIDDEN',
      field: 'issueKey',
    });
    // Jira opens no issue action for Sam on an issue he cannot see (the host makes no such context): the payload names it.
    expect((await invoke(SAM.accountId, 'suggestBreakdown', { issueKey: keys['milestone-2']! })).error).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      (
        await invokeOutsideContract(
          app.th,
          CAMILLE.accountId,
          'suggestBreakdown',
          { issueKey: keys['milestone-2'], engine: 'magic' },
          { moduleKey: 'breakdown-action', issueKey: keys['milestone-2'] },
        )
      ).error,
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'engine' });
  });

  it('creates the edited tasks as children of the epic that block the milestone, with dependencies as links; the same request never duplicates', async () => {
    const proposed = (await suggest({ issueKey: keys['milestone-2']!, goalText: 'landing page' })).data.tasks;
    // The PM removes the tracking task, renames one and adds their own.
    const tasks = proposed
      .filter((t) => t.taskId !== 'landing-page-tracking')
      .map(({ reasons: _r, ...t }) => (t.taskId === 'landing-page-copy' ? { ...t, summary: 'Write the Black Friday landing copy' } : t))
      .concat([
        {
          taskId: 'custom-1',
          summary: 'Book the photographer',
          ownerRole: 'designer',
          estimateBusinessDays: 1,
          startDate: '2026-11-30',
          dueDate: '2026-11-30',
          dependsOn: [],
        },
      ]);
    const started = await invoke(
      CAMILLE.accountId,
      'createBreakdown',
      { requestId: 'req-bd-create-0001', issueKey: keys['milestone-2']!, tasks },
      keys['milestone-2'],
    );
    expect(started.ok).toBe(true);
    expect(started.data).toMatchObject({ epicKey: keys.epic, milestoneKey: keys['milestone-2'] });
    const job = (await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId)).data;
    expect(job).toMatchObject({ state: 'done', totalIssues: 4, createdIssues: 4, errors: [] });
    // 4 tasks block the milestone, plus copy → design → build.
    expect(job.totalLinks).toBe(6);
    expect(job.createdLinks).toBe(6);

    const issues = await issuesOf('req-bd-create-0001');
    expect(issues).toHaveLength(4);
    const bySummary = new Map(issues.map((i) => [i.fields.summary, i]));
    const withSummary = (summary: string): JiraIssue => must(bySummary.get(summary), `a task '${summary}'`);
    const copy = withSummary('Write the Black Friday landing copy');
    const design = withSummary('Design landing page mock-ups');
    expect(copy.fields).toMatchObject({
      issuetype: { name: 'Task' },
      parent: { key: keys.epic },
      labels: expect.arrayContaining(['campaign-breakdown', 'campaign']),
      assignee: { accountId: LEA.accountId },
    });
    expect(copy.fields.duedate).toBe(tasks.find((t) => t.taskId === 'landing-page-copy')?.dueDate);
    expect(copy.properties.campaignControlRow).toMatchObject({ kind: 'task', milestoneRowId: 'milestone-2' });
    const blocks = (issue: JiraIssue): string[] =>
      issue.fields.issuelinks.flatMap((l) => (l.type.name === 'Blocks' && l.outwardIssue ? [l.outwardIssue.key] : [])).sort();
    expect(blocks(copy)).toEqual([design.key, keys['milestone-2']].sort());
    expect(blocks(withSummary('Book the photographer'))).toEqual([keys['milestone-2']]);

    // Sending the same request again resumes the same job and creates nothing more.
    const again = await invoke(
      CAMILLE.accountId,
      'createBreakdown',
      { requestId: 'req-bd-create-0001', issueKey: keys['milestone-2']!, tasks },
      keys['milestone-2'],
    );
    expect(again.data.jobId).toBe(started.data.jobId);
    expect(await issuesOf('req-bd-create-0001')).toHaveLength(4);

    // The campaign record learned the rows: re-plan moves them along with the rest.
    const replan = await invokeResolver(app.th, CAMILLE.accountId, 'replanCampaign', { epicKey: keys.epic!, launchDate: '2026-12-22' });
    const moved = replan.data.changes.map((c) => c.issueKey);
    for (const i of issues) expect(moved).toContain(i.key);
  });

  it('refuses bad tasks naming the field, and creates nothing', async () => {
    const base: PayloadOf<'createBreakdown'>['tasks'][number] = {
      taskId: 'a',
      summary: 'A',
      ownerRole: 'designer',
      estimateBusinessDays: 1,
      startDate: '2026-11-30',
      dueDate: '2026-11-30',
      dependsOn: [],
    };
    const cases: [unknown[], string][] = [
      [
        [
          { ...base, dependsOn: ['b'] },
          { ...base, taskId: 'b', dependsOn: ['a'] },
        ],
        'tasks.1.dependsOn.0',
      ],
      [[{ ...base, dependsOn: ['ghost'] }], 'tasks.0.dependsOn.0'],
      [[{ ...base, ownerRole: 'wizard' }], 'tasks.0.ownerRole'],
      [[{ ...base, startDate: '2026-12-01' }], 'tasks.0.startDate'],
      [[], 'tasks'],
    ];
    for (const [tasks, field] of cases) {
      // Malformed on purpose: what no UI can send.
      const res = await invokeOutsideContract(
        app.th,
        CAMILLE.accountId,
        'createBreakdown',
        { requestId: `req-bd-bad-${field.replace(/\./g, '-')}`, issueKey: keys['milestone-2'], tasks },
        { moduleKey: 'breakdown-action' },
      );
      expect(res.error).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(await issuesOf(`req-bd-bad-${field.replace(/\./g, '-')}`)).toEqual([]);
    }
    const viewer = await invoke(INES.accountId, 'createBreakdown', {
      requestId: 'req-bd-viewer-01',
      issueKey: keys['milestone-2']!,
      tasks: [base],
    });
    expect(viewer.error).toMatchObject({ code: 'FORBIDDEN' });
  });
});
