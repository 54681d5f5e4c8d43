import { DomainError } from '../../domain/errors';
import type { JobInputs } from '../../domain/creation/job';
import type { CreationJob } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import type { CreationJobsPort } from '../ports/creation-jobs';

/** A job and its input, when the user started it. Errors: NOT_FOUND `jobId` (someone else's job reads as no job at all). */
export async function ownJob(jobId: string, user: ActingUser, jobs: CreationJobsPort): Promise<{ job: CreationJob; input: JobInputs }> {
  const [job, input] = await Promise.all([jobs.job(jobId), jobs.input(jobId)]);
  if (!job || !input || input.createdBy !== user.accountId)
    throw new DomainError('NOT_FOUND', { key: 'creation.jobUnknown', params: { jobId } }, 'jobId');
  return { job, input };
}
