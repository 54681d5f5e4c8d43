import { DomainError } from '../../../src/domain/errors';
import type { CampaignRecord } from '../../../src/domain/model';
import { createCampaign } from '../../../src/usecases/creation/create-campaign';
import { runCreationJob, type RunCreationJobPorts } from '../../../src/usecases/creation/run-creation-job';
import { getCreationJob } from '../../../src/usecases/creation/get-creation-job';
import { nested, render } from '../../../src/wording/messages';
import { planWith } from '../../app/creation/plan-fixture';
import { CAMILLE, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';
import { FakeJira } from './fake-jira';
import { memoryJobs, memoryQueue } from './memory-jobs';

const plan = planWith(2, 2);

/** A job queued by Camille, and the ports of a run of it over a fake Jira. */
async function queued(options: { refuseQueue?: boolean; records?: CampaignRecord[] } = {}) {
  const jobs = memoryJobs();
  const setup = {
    grants: grantsPort({ [plan.projectKey]: GRANTS.contributor }),
    jobs,
    queue: memoryQueue(),
    clock: fixedClock('2026-10-01T09:00:00.000Z'),
    assignable: { assignableIn: async () => plan.rows.flatMap((r) => (r.assigneeAccountId ? [r.assigneeAccountId] : [])) },
  };
  const { jobId } = await createCampaign({ requestId: 'req-00000001', plan }, CAMILLE, setup);
  const jira = new FakeJira();
  const records = new Map((options.records ?? []).map((r) => [r.epicKey, r]));
  const saved: CampaignRecord[] = [];
  let ids = 0;
  const ports: RunCreationJobPorts = {
    jobs,
    queue: memoryQueue(options.refuseQueue),
    clock: fixedClock(),
    invocation: { remainingMs: () => 50_000, newId: () => `holder-${++ids}` },
    records: { get: async (k) => records.get(k) },
    recordWriter: { save: async (r) => void saved.push(r) },
    jira: jira.ports(),
  };
  return { jobId, jobs, jira, saved, ports: ports as RunCreationJobPorts & { queue: ReturnType<typeof memoryQueue> } };
}

describe('runCreationJob (use case)', () => {
  it('creates the whole plan, saves the record and releases its lease', async () => {
    const { jobId, jobs, saved, ports } = await queued();
    const job = await runCreationJob({ jobId }, CAMILLE, ports);
    expect(job).toMatchObject({ state: 'done', createdIssues: plan.rows.length + 1, attempts: 1 });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ epicKey: job.epicKey, createdBy: CAMILLE.accountId });
    expect(jobs.leases.size).toBe(0);
    // Done is done: running it again changes nothing.
    expect(await runCreationJob({ jobId }, CAMILLE, ports)).toEqual(job);
  });

  it('leaves a job another run holds alone', async () => {
    const { jobId, jobs, jira, ports } = await queued();
    jobs.leases.set(jobId, { holder: 'someone-else', expiresAt: Date.parse('2026-11-24T09:01:00.000Z') });
    expect(await runCreationJob({ jobId }, CAMILLE, ports)).toMatchObject({ state: 'queued', attempts: 0 });
    expect(jira.calls.create).toBe(0);
    // A redelivery of the same queue event takes over the lease of the run it replaces.
    jobs.leases.set(jobId, { holder: 'killed-run', expiresAt: Date.parse('2026-11-24T09:01:00.000Z'), delivery: 'delivery-1' });
    expect(await runCreationJob({ jobId, deliveryId: 'delivery-1' }, CAMILLE, ports)).toMatchObject({ state: 'done' });
  });

  it('queues the rest after a busy Jira, and says how to resume when it cannot', async () => {
    const busy = await queued();
    busy.ports.jira = { ...busy.ports.jira, createIssue: () => Promise.reject(new DomainError('TRY_AGAIN', 'Jira is busy.')) };
    const paused = await runCreationJob({ jobId: busy.jobId }, CAMILLE, busy.ports);
    expect(paused.state).toBe('queued');
    expect(paused.errors.at(-1)?.message).toMatch(/Resuming shortly\.$/);
    expect(busy.ports.queue.pushed).toEqual([{ jobId: busy.jobId, delayInSeconds: 15 }]);
    expect(busy.jobs.leases.size).toBe(0);

    const stuck = await queued({ refuseQueue: true });
    stuck.ports.jira = { ...stuck.ports.jira, createIssue: () => Promise.reject(new DomainError('TRY_AGAIN', 'Jira is busy.')) };
    const failed = await runCreationJob({ jobId: stuck.jobId }, CAMILLE, stuck.ports);
    expect(failed).toMatchObject({ state: 'failed' });
    // The engine re-reads and tries again before it gives up on a busy Jira (a DomainError TRY_AGAIN of its own).
    expect(failed.errors.at(-1)?.message).toBe(
      'Jira stayed busy while creating the epic; the creation will resume where it stopped. Press Create again to resume: nothing will be duplicated.',
    );
  });

  it('stops on an unexpected error without its details, and does not queue it again', async () => {
    const { jobId, ports } = await queued();
    ports.jira = { ...ports.jira, findAppFields: () => Promise.reject(new Error('socket hang up at x.js:1')) };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const job = await runCreationJob({ jobId }, CAMILLE, ports);
    expect(job.state).toBe('failed');
    expect(job.errors.at(-1)?.message).toBe(
      'Creation stopped on an unexpected error. Press Create again to resume: nothing will be duplicated.',
    );
    expect(ports.queue.pushed).toEqual([]);
  });

  it('words what it met for the reader of the progress: French for a French PM, English for an English one', async () => {
    const stuck = await queued({ refuseQueue: true });
    stuck.ports.jira = { ...stuck.ports.jira, createIssue: () => Promise.reject(new DomainError('TRY_AGAIN', 'Jira is busy.')) };
    await runCreationJob({ jobId: stuck.jobId }, CAMILLE, stuck.ports);
    const read = (locale: string) => getCreationJob({ jobId: stuck.jobId }, { ...CAMILLE, locale }, { jobs: stuck.jobs });
    expect((await read('fr_FR')).errors.at(-1)).toMatchObject({
      code: 'creation.pressCreate',
      message:
        'Jira est resté occupé pendant la création de l’epic\u202f; la création reprendra là où elle s’est arrêtée. Appuyez de nouveau sur Créer pour reprendre\u202f: rien ne sera créé en double.',
    });
    expect((await read('en_GB')).errors.at(-1)?.message).toBe(
      'Jira stayed busy while creating the epic; the creation will resume where it stopped. Press Create again to resume: nothing will be duplicated.',
    );
    // A failure that came with words of its own (an upstream message) keeps them inside the French frame.
    const linkRefused = {
      key: 'creation.linkFailed',
      params: { from: 'MKT-2', to: 'MKT-3', ...nested('detail', undefined, 'Link type unknown.') },
    } as const;
    expect(render('fr', linkRefused)).toBe('issuelinks\u202f: impossible de lier MKT-2 à MKT-3\u202f: Link type unknown.');
    const busyDetail = nested('detail', { key: 'errors.upstreamBusy', params: { product: 'Jira' } }, '');
    expect(render('fr', { key: 'creation.linkFailed', params: { from: 'MKT-2', to: 'MKT-3', ...busyDetail } })).toBe(
      'issuelinks\u202f: impossible de lier MKT-2 à MKT-3\u202f: Jira est occupé en ce moment. Veuillez réessayer dans un instant.',
    );
  });

  it("is someone else's job: not found", async () => {
    const { jobId, ports } = await queued();
    await expect(runCreationJob({ jobId }, { accountId: 'acc-noah' }, ports)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'jobId' });
  });
});
