import { runCreation } from '../../../src/usecases/creation/run-creation';
import { plannedLinks } from '../../../src/domain/creation/links';
import type { CampaignPlan, CreationJob } from '../../../src/domain/model';
import { planWith } from '../../app/creation/plan-fixture';
import { FakeJira } from './fake-jira';
import { smallPlan } from '../../domain/creation/plan-literal';

const freshJob = (plan: CampaignPlan): CreationJob => ({
  jobId: 'job-1',
  requestId: 'req-00000001',
  state: 'queued',
  totalIssues: plan.rows.length + 1,
  totalLinks: plannedLinks(plan).length,
  createdIssues: 0,
  createdLinks: 0,
  issueKeys: {},
  errors: [],
  attempts: 0,
  updatedAt: '2026-11-24T09:00:00.000Z',
});
const input = (plan: CampaignPlan) => ({
  requestId: 'req-00000001',
  createdBy: 'acc-camille',
  createdAt: '2026-11-24T09:00:00.000Z',
  plan,
});
const rowsOf = (jira: FakeJira): string[] => jira.issues.map((i) => i.details.properties[0].value.rowId).sort();

describe('runCreation', () => {
  it('creates the epic, then rows in chunks of 50, then every link once, the brief link and the record', async () => {
    const plan = planWith(6, 9);
    const jira = new FakeJira();
    const job = await runCreation(freshJob(plan), input(plan), jira.ports());
    expect(job).toMatchObject({ state: 'done', createdIssues: 61, createdLinks: plannedLinks(plan).length, attempts: 1, errors: [] });
    expect(jira.calls).toMatchObject({ create: 1, bulk: 2, link: plannedLinks(plan).length });
    expect(rowsOf(jira)).toEqual(['epic', ...plan.rows.map((r) => r.rowId)].sort());
    expect(jira.records[0]).toMatchObject({ epicKey: job.epicKey, requestId: 'req-00000001', createdBy: 'acc-camille' });
    expect(jira.records[0]!.issueKeys).toEqual(job.issueKeys);
    expect([...jira.remoteLinks.values()]).toEqual([{ issueKey: job.epicKey, url: plan.brief?.url }]);
    // Progress was saved along the way, not only at the end.
    expect(jira.jobs.length).toBeGreaterThan(4);
  });

  it('a bulk create whose answer was lost is not sent again: the re-read finds its issues', async () => {
    const plan = planWith(6, 9);
    const jira = new FakeJira();
    jira.lose.bulk = 1;
    const job = await runCreation(freshJob(plan), input(plan), jira.ports());
    expect(job.state).toBe('done');
    expect(jira.issues).toHaveLength(61);
    expect(new Set(rowsOf(jira)).size).toBe(61);
  });

  it('a lost epic answer and lost link answers create no duplicates', async () => {
    const plan = smallPlan();
    const jira = new FakeJira();
    jira.lose.create = 1;
    jira.lose.link = 2;
    jira.refuse.link = 1;
    const job = await runCreation(freshJob(plan), input(plan), jira.ports());
    expect(job.state).toBe('done');
    expect(jira.issues.filter((i) => i.details.properties[0].value.rowId === 'epic')).toHaveLength(1);
    const keys = jira.links.map((l) => `${l.fromKey}>${l.toKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(plannedLinks(plan).length);
  });

  it('resumes a job that stopped halfway and creates only what is missing', async () => {
    const plan = planWith(6, 9);
    const jira = new FakeJira();
    jira.refuse.bulk = 6; // every round of the second chunk is refused: the run gives up
    await expect(runCreation(freshJob(plan), input(plan), jira.ports())).rejects.toMatchObject({ code: 'TRY_AGAIN' });
    expect(jira.issues.length).toBe(1); // only the epic: each refused bulk happened before anything was created
    const partial = jira.jobs[jira.jobs.length - 1]!;
    const job = await runCreation(partial, input(plan), jira.ports());
    expect(job).toMatchObject({ state: 'done', createdIssues: 61, attempts: 2 });
    expect(jira.issues).toHaveLength(61);
  });

  it('reports rows Jira refused by row and field, creates the rest, and ends failed', async () => {
    const plan = smallPlan();
    const jira = new FakeJira();
    jira.refuseSummaryOf.add('visuals');
    jira.missingFields = ['campaign-budget'];
    const job = await runCreation(freshJob(plan), input(plan), jira.ports());
    expect(job.state).toBe('failed');
    expect(job.errors).toEqual([
      expect.objectContaining({
        field: 'campaign-budget',
        code: 'creation.fieldMissing',
        message: expect.stringMatching(/^campaign-budget: .*not installed/),
      }),
      { rowId: 'visuals', field: 'summary', message: 'summary: too long' },
    ]);
    expect(job.issueKeys.visuals).toBeUndefined();
    expect(job.createdIssues).toBe(plan.rows.length); // epic + every row but one
    // visuals' links cannot exist; the others do.
    expect(jira.links).toHaveLength(plannedLinks(plan).length - 2);
  });
});
