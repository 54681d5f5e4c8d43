import type { BreakdownTask } from '../../../src/domain/breakdown';
import { DomainError } from '../../../src/domain/errors';
import { createBreakdown } from '../../../src/usecases/breakdown/create-breakdown';
import { rescheduleBreakdown } from '../../../src/usecases/breakdown/reschedule-breakdown';
import { suggestBreakdown, type SuggestBreakdownPorts } from '../../../src/usecases/breakdown/suggest-breakdown';
import type { GoalIssue } from '../../../src/usecases/ports/goal-issues';
import { KEYS, record } from '../../domain/metrics/fixtures';
import { EDITOR, fixedClock, grantsOf, recordsOf, VIEWER } from '../support/in-memory-ports';

const USER = { accountId: 'acc-noah', locale: 'en_GB' };
const LAUNCH: GoalIssue = {
  key: KEYS.launch,
  summary: 'Launch (L)',
  description: null,
  dueDate: '2026-12-01',
  parentKey: KEYS.epic,
  projectKey: 'MKT',
};
const OTHER: GoalIssue = { key: 'MKT-50', summary: 'Unrelated', description: null, dueDate: null, parentKey: null, projectKey: 'MKT' };

function ports(options: { grants?: Parameters<typeof grantsOf>[0]; model?: string; answer?: string } = {}) {
  const queued: { requestId: string; rows: number }[] = [];
  const p: SuggestBreakdownPorts = {
    issues: {
      async read(issueKey) {
        const issue = [LAUNCH, OTHER].find((i) => i.key === issueKey);
        if (!issue)
          throw new DomainError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you do not have permission to see it`, 'issueKey');
        return issue;
      },
    },
    records: recordsOf(record()),
    grants: grantsOf(options.grants ?? EDITOR),
    llm: { activeModel: async () => options.model, chat: async () => options.answer ?? '' },
    dates: { dueDates: async (keys) => new Map(keys.map((k) => [k, { dueDate: k === KEYS.creative ? '2026-11-27' : '2026-12-04' }])) },
    roles: { get: async () => ({ designer: ['acc-noah'] }) },
    people: { list: async () => [{ accountId: 'acc-noah', displayName: 'Noah Petit' }] },
    clock: fixedClock('2026-11-20T09:00:00.000Z'),
  };
  const jobs = {
    queue: async (requestId: string, _user: unknown, work: { plan: { rows: unknown[] } }) => (
      queued.push({ requestId, rows: work.plan.rows.length }),
      { jobId: `job-${requestId}` }
    ),
  };
  return { ...p, jobs, queued };
}

const TASK: BreakdownTask = {
  taskId: 't1',
  summary: 'Landing page',
  ownerRole: 'designer',
  estimateBusinessDays: 2,
  startDate: '2026-11-25',
  dueDate: '2026-11-26',
  dependsOn: [],
};

describe('suggestBreakdown (use case)', () => {
  it("suggests pattern tasks for a milestone, scheduled before Jira's due date of the milestone", async () => {
    const out = await suggestBreakdown({ issueKey: KEYS.launch, goalText: 'Landing page and emailing', engine: 'patterns' }, USER, ports());
    expect(out).toMatchObject({
      issueKey: KEYS.launch,
      target: 'milestone',
      epicKey: KEYS.epic,
      milestone: { key: KEYS.launch, dueDate: '2026-12-04' },
      aiAvailable: false,
    });
    expect(out.tasks.length).toBeGreaterThan(0);
    expect(out.tasks.every((t) => t.dueDate <= '2026-12-04')).toBe(true);
  });

  it('refuses AI when the site has no model, naming the field', async () => {
    await expect(suggestBreakdown({ issueKey: KEYS.launch, engine: 'ai' }, USER, ports())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'engine',
    });
  });

  it('refuses a viewer (FORBIDDEN issueKey), an issue outside campaigns, and an issue the user cannot see', async () => {
    await expect(suggestBreakdown({ issueKey: KEYS.launch, engine: 'patterns' }, USER, ports({ grants: VIEWER }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'issueKey',
    });
    await expect(suggestBreakdown({ issueKey: OTHER.key, engine: 'patterns' }, USER, ports())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
    });
    await expect(suggestBreakdown({ issueKey: 'MKT-77', engine: 'patterns' }, USER, ports())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('createBreakdown (use case)', () => {
  it("queues the campaign's creation job with the new rows under the request id", async () => {
    const p = ports();
    const out = await createBreakdown({ requestId: 'bd-request-1', issueKey: KEYS.launch, tasks: [TASK] }, USER, p);
    expect(out).toEqual({ jobId: 'job-bd-request-1', epicKey: KEYS.epic, milestoneKey: KEYS.launch });
    expect(p.queued).toEqual([{ requestId: 'bd-request-1', rows: 2 }]);
  });

  it('refuses a viewer before queuing anything', async () => {
    const p = ports({ grants: VIEWER });
    await expect(createBreakdown({ requestId: 'bd-request-2', issueKey: KEYS.launch, tasks: [TASK] }, USER, p)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(p.queued).toEqual([]);
  });
});

describe('the milestone picker', () => {
  it('lists the campaign’s milestones with their names and Jira due dates, and schedules before the one picked', async () => {
    const out = await suggestBreakdown(
      { issueKey: KEYS.launch, goalText: 'Landing page', engine: 'patterns', milestoneKey: KEYS.creative },
      USER,
      ports(),
    );
    expect(out.milestones).toEqual([
      { key: KEYS.creative, summary: expect.any(String), dueDate: '2026-11-27' },
      { key: KEYS.launch, summary: expect.any(String), dueDate: '2026-12-04' },
    ]);
    expect(out.milestones.every((m) => m.summary && m.summary !== m.key)).toBe(true);
    expect(out.milestone).toEqual(out.milestones[0]);
    expect(out.tasks.every((t) => t.dueDate <= '2026-11-27')).toBe(true);
  });

  it('refuses a key that is not a milestone of the campaign, naming milestoneKey', async () => {
    await expect(
      suggestBreakdown({ issueKey: KEYS.launch, engine: 'patterns', milestoneKey: KEYS.epic }, USER, ports()),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'milestoneKey' });
  });

  it('creates the tasks for the milestone picked', async () => {
    const out = await createBreakdown(
      { requestId: 'bd-request-3', issueKey: KEYS.launch, milestoneKey: KEYS.creative, tasks: [TASK] },
      USER,
      ports(),
    );
    expect(out.milestoneKey).toBe(KEYS.creative);
  });
});

describe('rescheduleBreakdown (use case)', () => {
  it('moves the changed task and what it waits for back from the milestone’s Jira due date', async () => {
    const before = { ...TASK, taskId: 'before', dueDate: '2026-11-20', startDate: '2026-11-20', estimateBusinessDays: 1 };
    const after = { ...TASK, taskId: 'after', dependsOn: ['before'], estimateBusinessDays: 3 };
    const out = await rescheduleBreakdown({ issueKey: KEYS.launch, changedTaskId: 'after', tasks: [before, after] }, USER, ports());
    expect(out.milestone).toMatchObject({ key: KEYS.launch, dueDate: '2026-12-04' });
    // Fri 12-04 back 3 business days: Wed 12-02 to Fri 12-04; the task it waits for ends on Tue 12-01.
    expect(out.tasks.map((t) => [t.taskId, t.startDate, t.dueDate])).toEqual([
      ['before', '2026-12-01', '2026-12-01'],
      ['after', '2026-12-02', '2026-12-04'],
    ]);
  });
});
