import type { ProjectGrants } from '../../../src/domain/policy';
import { DomainError } from '../../../src/domain/errors';
import { jobIdFor } from '../../../src/domain/creation/job';
import { plannedLinks } from '../../../src/domain/creation/links';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import { getCreationJob } from '../../../src/usecases/creation/get-creation-job';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';
import { memoryJobs, memoryQueue } from './memory-jobs';

const plan = planWith(2, 2);
const NOAH = { accountId: 'acc-noah' };
const portsWith = (grants: ProjectGrants = GRANTS.contributor, refuseQueue = false) => ({
  grants: grantsPort({ [plan.projectKey]: grants }),
  jobs: memoryJobs(),
  queue: memoryQueue(refuseQueue),
  clock: fixedClock('2026-10-01T09:00:00.000Z'),
  assignable: { assignableIn: async () => [...new Set(plan.rows.flatMap((r) => (r.assigneeAccountId ? [r.assigneeAccountId] : [])))] },
});

describe('createCampaign (use case)', () => {
  it('stores the job once and queues it; the same request again resumes the same job', async () => {
    const ports = portsWith();
    const first = await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports);
    expect(first.jobId).toBe(jobIdFor('req-00000001'));
    expect(await getCreationJob(first, CAMILLE, ports)).toMatchObject({
      state: 'queued',
      totalIssues: plan.rows.length + 1,
      totalLinks: plannedLinks(plan).length,
      updatedAt: '2026-10-01T09:00:00.000Z',
    });
    expect(await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports)).toEqual(first);
    expect(ports.queue.pushed).toEqual([{ jobId: first.jobId }, { jobId: first.jobId }]);
  });

  it('does not queue a finished job again', async () => {
    const ports = portsWith();
    const { jobId } = await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports);
    const job = ports.jobs.jobs.get(jobId);
    if (!job) throw new Error('job stored');
    ports.jobs.jobs.set(jobId, { ...job, state: 'done' });
    await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports);
    expect(ports.queue.pushed).toHaveLength(1);
  });

  it('refuses a request id used for another plan or by someone else', async () => {
    const ports = portsWith();
    await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports);
    await expect(createCampaign({ requestId: 'req-00000001', plan: planWith(3, 1) }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'requestId',
      message: expect.stringMatching(/different plan/),
    });
    await expect(createCampaign({ requestId: 'req-00000001', plan }, NOAH, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'requestId',
      message: expect.stringMatching(/another creation/),
    });
  });

  it('asks to press Create again when the queue refuses the job', async () => {
    await expect(createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, portsWith(GRANTS.contributor, true))).rejects.toMatchObject({
      code: 'TRY_AGAIN',
    });
  });

  it('refuses people who cannot create issues, and projects they cannot see, naming plan.projectKey', async () => {
    const viewer = portsWith(GRANTS.viewer);
    await expect(createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, viewer)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'plan.projectKey',
    });
    expect(viewer.jobs.jobs.size).toBe(0);
    await expect(createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, portsWith(GRANTS.outsider))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'plan.projectKey',
    });
    const gone = { ...portsWith(), grants: grantsPort({}) };
    await expect(createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, gone)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'plan.projectKey',
    });
  });

  it('lets other failures of the grants through as they are', async () => {
    const failing = { ...portsWith(), grants: { grantsIn: () => Promise.reject(new DomainError('UPSTREAM', 'Jira is down')) } };
    await expect(createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, failing)).rejects.toMatchObject({ code: 'UPSTREAM' });
  });
});

describe('getCreationJob (use case)', () => {
  it("reads someone else's job as no job at all", async () => {
    const ports = portsWith();
    const { jobId } = await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, ports);
    await expect(getCreationJob({ jobId }, NOAH, ports)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'jobId' });
    await expect(getCreationJob({ jobId: jobIdFor('other-request') }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'jobId',
    });
  });
});
