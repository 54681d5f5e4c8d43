import { DomainError } from '../../domain/errors';
import { jobIdFor, newJob, requestFingerprint, type JobInputs } from '../../domain/creation/job';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import type { CreationJobsPort } from '../ports/creation-jobs';
import type { CreationQueuePort } from '../ports/creation-queue';
import { ownJob } from './own-job';

export interface QueueCreationJobPorts {
  jobs: CreationJobsPort;
  queue: CreationQueuePort;
  clock: Clock;
}

/**
 * Stores and queues a creation job once per request id: the same request sent again resumes the same job, never
 * duplicates. Used for a new campaign and for rows added to an existing one (`existingKeys`). The caller has
 * authorised the work. Errors: INVALID_INPUT `requestId` (used by someone else, or for a different plan);
 * TRY_AGAIN when the queue refused the job.
 */
export async function queueCreationJob(
  requestId: string,
  work: Pick<JobInputs, 'plan' | 'existingKeys' | 'insertStatusMacro'>,
  user: ActingUser,
  ports: QueueCreationJobPorts,
): Promise<{ jobId: string }> {
  const jobId = jobIdFor(requestId);
  const input: JobInputs = { requestId, createdBy: user.accountId, createdAt: ports.clock.now().toISOString(), ...work };
  if (!(await ports.jobs.createOnce(newJob(jobId, input), input))) {
    const { job, input: stored } = await ownJob(jobId, user, ports.jobs).catch(() => {
      throw new DomainError('INVALID_INPUT', { key: 'creation.requestIdTaken' }, 'requestId');
    });
    if (requestFingerprint(stored) !== requestFingerprint(input)) {
      throw new DomainError('INVALID_INPUT', { key: 'creation.requestIdOtherPlan' }, 'requestId');
    }
    if (job.state === 'done') return { jobId };
  }
  if (!(await ports.queue.enqueue(jobId))) {
    throw new DomainError('TRY_AGAIN', { key: 'creation.notStarted' });
  }
  return { jobId };
}
