import { mergeAddedRows } from '../../domain/breakdown/add-rows-plan';
import { leaseDeadline } from '../../domain/creation/lease';
import type { JobInputs } from '../../domain/creation/job';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord, CreationJob } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import type { CampaignRecordWriterPort } from '../ports/campaign-record-writer';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { Clock } from '../ports/clock';
import type { BriefPageWriterPort } from '../ports/brief-page-writer';
import type { CreationJiraPort } from '../ports/creation-engine';
import type { CreationJobsPort } from '../ports/creation-jobs';
import type { CreationQueuePort } from '../ports/creation-queue';
import type { InvocationPort } from '../ports/invocation';
import { ownJob } from './own-job';
import { runCreation } from './run-creation';
import { rowError } from '../../domain/creation/bulk-result';
import { nested } from '../../wording/messages';
import { writePlanRollup, type RollupWriterPorts } from '../portfolio/write-rollup';

export interface RunCreationJobPorts extends RollupWriterPorts {
  jobs: CreationJobsPort;
  queue: CreationQueuePort;
  clock: Clock;
  invocation: InvocationPort;
  records: CampaignRecordsPort;
  recordWriter: CampaignRecordWriterPort;
  jira: CreationJiraPort;
  /** Confluence as the PM, for the status macro they consented to add to the brief page. */
  briefPages?: BriefPageWriterPort;
}

/** Delay before a run that stopped on a busy Jira resumes: longer than Jira's usual Retry-After. */
const RESUME_DELAY_SECONDS = 15;

/** Rows added to an existing campaign join its record; a new campaign's record is the job's own. */
async function saveRecordOf(input: JobInputs, record: CampaignRecord, ports: RunCreationJobPorts): Promise<void> {
  if (!input.existingKeys) {
    await ports.recordWriter.save(record);
    // The portfolio lists the new campaign at once, from its plan, until a panel load or the forecast computes it.
    return writePlanRollup(record, ports.clock.now(), ports);
  }
  const current = await ports.records.get(record.epicKey);
  if (!current) throw new DomainError('NOT_FOUND', { key: 'creation.recordGone', params: { epicKey: record.epicKey } });
  const added = record.plan.rows.filter((r) => !input.existingKeys?.[r.rowId]);
  await ports.recordWriter.save(mergeAddedRows(current, added, record.issueKeys));
}

/** A run that stopped: out of time or Jira busy queues the rest; otherwise (or if queueing fails) say how to resume. */
async function stopped(jobId: string, fallback: CreationJob, e: unknown, ports: RunCreationJobPorts): Promise<CreationJob> {
  const latest = (await ports.jobs.job(jobId)) ?? fallback;
  const known = e instanceof DomainError;
  if (!known) console.error('[campaign-control] creation job failed', jobId, e);
  const cause = known ? nested('cause', e.wording, e.message) : nested('cause', { key: 'creation.unexpected' }, '');
  const requeued = known && e.code === 'TRY_AGAIN' && (await ports.queue.enqueue(jobId, RESUME_DELAY_SECONDS));
  const job: CreationJob = {
    ...latest,
    state: requeued ? 'queued' : 'failed',
    errors: [
      ...latest.errors,
      rowError(requeued ? { key: 'creation.resuming', params: cause } : { key: 'creation.pressCreate', params: cause }),
    ],
    updatedAt: ports.clock.now().toISOString(),
  };
  await ports.jobs.save(job);
  return job;
}

/**
 * Runs (or resumes) a job for the person who started it; the `campaign-creation` queue's consumer calls it
 * (`src/triggers/creation-events.ts`). One run at a time: the lease ends with this invocation, and a redelivery of
 * the same queue event (`deliveryId`) takes over a killed run's lease. A run that stops is saved with what to do
 * next, never thrown. Errors: NOT_FOUND `jobId`.
 */
export async function runCreationJob(
  input: { jobId: string; deliveryId?: string },
  user: ActingUser,
  ports: RunCreationJobPorts,
): Promise<CreationJob> {
  const { jobId } = input;
  const { job, input: work } = await ownJob(jobId, user, ports.jobs);
  if (job.state === 'done') return job;
  const now = ports.clock.now().getTime();
  const lease = {
    holder: ports.invocation.newId(),
    expiresAt: leaseDeadline(now, ports.invocation.remainingMs()),
    ...(input.deliveryId ? { delivery: input.deliveryId } : {}),
  };
  if (!(await ports.jobs.acquireLease(jobId, lease))) return job; // another run is at work on it
  try {
    return await runCreation(job, work, {
      ...ports.jira,
      now: () => ports.clock.now().toISOString(),
      saveJob: (j) => ports.jobs.save(j),
      saveRecord: (record) => saveRecordOf(work, record, ports),
      ...(ports.briefPages ? { briefPages: ports.briefPages } : {}),
    });
  } catch (e) {
    return await stopped(jobId, job, e, ports);
  } finally {
    await ports.jobs.releaseLease(jobId, lease.holder);
  }
}
