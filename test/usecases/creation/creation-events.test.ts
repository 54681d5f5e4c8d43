import { DomainError } from '../../../src/domain/errors';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import type { RunCreationJobPorts } from '../../../src/usecases/creation/run-creation-job';
import { handleCreationEvent, onCreationEvent } from '../../../src/triggers/creation-events';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';
import { FakeJira } from './fake-jira';
import { memoryJobs, memoryQueue } from './memory-jobs';

/** The ports the consumer's wiring hands out: the test's in-memory ones (the real ones need Forge). */
let mockPorts: RunCreationJobPorts | undefined;
jest.mock('../../../src/wiring/creation', () => ({
  runCreationJobPorts: () => {
    if (!mockPorts) throw new Error('no ports set for this test');
    return mockPorts;
  },
}));

const plan = planWith(2, 2);
const LEASE_UNTIL = Date.parse('2026-11-24T09:01:00.000Z');

/** A job Camille queued, and in-memory ports for the consumer's runs of it. */
async function queued() {
  const jobs = memoryJobs();
  const setup = {
    grants: grantsPort({ [plan.projectKey]: GRANTS.contributor }),
    jobs,
    queue: memoryQueue(),
    clock: fixedClock('2026-10-01T09:00:00.000Z'),
    assignable: { assignableIn: async () => plan.rows.flatMap((r) => (r.assigneeAccountId ? [r.assigneeAccountId] : [])) },
  };
  const { jobId } = await createCampaign({ requestId: 'req-consumer-1', plan }, CAMILLE, setup);
  const jira = new FakeJira();
  let ids = 0;
  const queue = memoryQueue();
  mockPorts = {
    jobs,
    queue,
    clock: fixedClock(),
    invocation: { remainingMs: () => 900_000, newId: () => `holder-${++ids}` },
    records: { get: async () => undefined },
    recordWriter: { save: async () => undefined },
    jira: jira.ports(),
  };
  return { jobId, jobs, jira, queue, ports: mockPorts };
}

/** The AsyncEvent @forge/events 2+ delivers for a push of `{jobId}`, and the context of Camille's push. */
const eventOf = (jobId: string, deliveryJobId = 'push-1', retryCount = 0) => ({
  body: { jobId },
  queueName: 'campaign-creation',
  jobId: deliveryJobId,
  eventId: `${deliveryJobId}#0`,
  ...(retryCount > 0 ? { retryContext: { retryCount, retryReason: 'FUNCTION_TIME_OUT', retryData: undefined } } : {}),
});
const asCamille = { principal: { accountId: CAMILLE.accountId }, installContext: 'ari:cloud:jira::site/x' };

describe('the campaign-creation consumer (src/triggers/creation-events.ts)', () => {
  afterEach(() => {
    mockPorts = undefined;
    jest.restoreAllMocks();
  });

  it('runs the job of the event as the user who pushed it', async () => {
    const { jobId, jobs, jira } = await queued();
    const outcome = await handleCreationEvent(eventOf(jobId), asCamille);
    expect(outcome).toMatchObject({ ran: true, job: { jobId, state: 'done', createdIssues: plan.rows.length + 1 } });
    expect(jira.calls.create).toBe(1);
    expect(jobs.leases.size).toBe(0);
  });

  it("uses the event's jobId as its delivery: a redelivery takes over the killed attempt's lease, another event waits", async () => {
    const { jobId, jobs, jira } = await queued();
    jobs.leases.set(jobId, { holder: 'killed-run', expiresAt: LEASE_UNTIL, delivery: 'push-1' });
    expect(await handleCreationEvent(eventOf(jobId, 'push-2'), asCamille)).toMatchObject({ ran: true, job: { state: 'queued' } });
    expect(jira.calls.create).toBe(0);
    expect(jobs.leases.get(jobId)?.holder).toBe('killed-run');
    expect(await handleCreationEvent(eventOf(jobId, 'push-1', 1), asCamille)).toMatchObject({ ran: true, job: { state: 'done' } });
    expect(jobs.leases.size).toBe(0);
  });

  it('queues the rest with a delay when Jira stays busy (TRY_AGAIN), and the next event resumes it', async () => {
    const { jobId, queue, ports } = await queued();
    const jira = ports.jira;
    ports.jira = { ...jira, createIssue: () => Promise.reject(new DomainError('TRY_AGAIN', 'Jira is busy.')) };
    expect(await handleCreationEvent(eventOf(jobId), asCamille)).toMatchObject({ ran: true, job: { state: 'queued' } });
    expect(queue.pushed).toEqual([{ jobId, delayInSeconds: 15 }]);
    ports.jira = jira;
    expect(await handleCreationEvent(eventOf(jobId, 'push-2'), asCamille)).toMatchObject({ ran: true, job: { state: 'done' } });
  });

  it('drops an event in another shape, or without the pushing user, before any work', async () => {
    const { jobId, jira } = await queued();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const [event, context] of [
      [{ jobId }, asCamille], // a @forge/events 1 payload, not an AsyncEvent
      [{ body: { jobId: 'not-a-job' }, jobId: 'push-1' }, asCamille],
      [eventOf(jobId), {}], // no principal: nobody to act as
      [eventOf(jobId), { accountId: CAMILLE.accountId }], // the resolver form's context
    ] as const)
      expect(await handleCreationEvent(event, context)).toEqual({ ran: false, reason: 'unexpected_event' });
    expect(warn).toHaveBeenCalledTimes(4);
    expect(jira.calls).toEqual({ bulk: 0, create: 0, link: 0, search: 0 });
  });

  it("never throws back to the platform: someone else's job is logged, not retried", async () => {
    const { jobId, jira } = await queued();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(handleCreationEvent(eventOf(jobId), { principal: { accountId: 'acc-noah' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(onCreationEvent(eventOf(jobId), { principal: { accountId: 'acc-noah' } })).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(jira.calls.create).toBe(0);
  });
});
