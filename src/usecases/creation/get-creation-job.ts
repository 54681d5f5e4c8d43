import type { GetCreationJobResult } from '../../contracts/campaign-planner';
import type { ActingUser } from '../acting-user';
import type { CreationJobsPort } from '../ports/creation-jobs';
import { ownJob } from './own-job';
import { wordStored } from '../../wording/messages';

export interface GetCreationJobPorts {
  jobs: CreationJobsPort;
}

/** A creation job's progress, for the person who started it. Errors: NOT_FOUND `jobId`. */
export async function getCreationJob(
  input: { jobId: string },
  user: ActingUser,
  ports: GetCreationJobPorts,
): Promise<GetCreationJobResult> {
  const { job } = await ownJob(input.jobId, user, ports.jobs);
  // Problems met while creating are stored in English with their code: worded here for the reader.
  return { ...job, errors: wordStored(user.locale, job.errors) };
}
