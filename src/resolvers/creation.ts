import { z } from 'zod';
import { SAFE_REQUEST_ID } from '../adapters/jira/issue-search';
import type { JobInputs } from '../domain/creation/job';
import { CampaignPlan } from '../domain/model';
import { createCampaign } from '../usecases/creation/create-campaign';
import { getCreationJob } from '../usecases/creation/get-creation-job';
import { queueCreationJob as queueCreationJobUseCase } from '../usecases/creation/queue-creation-job';
import { runCreationJob } from '../usecases/creation/run-creation-job';
import { creationPorts, runCreationJobPorts } from '../wiring/creation';
import { userOf } from './caller-scope';
import { defineResolver, type CallerContext } from './define';

const RequestId = z.string().regex(SAFE_REQUEST_ID, 'must be 8 to 100 letters, digits, - or _ (one per "Create" click)');
const JobId = z.string().regex(/^job-[a-f0-9]{32}$/, 'must be a job id returned by createCampaign');
const CreateCampaignPayload = z.object({ requestId: RequestId, plan: CampaignPlan }).strict();
const JobPayload = z.object({ jobId: JobId }).strict();

/**
 * Transitional, for `breakdown.ts` until it calls the use case `src/usecases/creation/queue-creation-job.ts`
 * itself (resolvers must not import each other); same signature as before.
 */
export const queueCreationJob = (requestId: string, caller: CallerContext, work: Pick<JobInputs, 'plan' | 'existingKeys'>): Promise<{ jobId: string }> =>
  queueCreationJobUseCase(requestId, work, userOf(caller), creationPorts());

export const createCampaignResolver = defineResolver(CreateCampaignPayload, (input, caller) => createCampaign(input, userOf(caller), creationPorts()));

export const getCreationJobResolver = defineResolver(JobPayload, (input, caller) => getCreationJob(input, userOf(caller), creationPorts()));

/** Runs (or resumes) a job; the `campaign-creation` queue's consumer calls it, and so may the page to retry. */
export const runCreationJobResolver = defineResolver(JobPayload, (input, caller) =>
  runCreationJob({ jobId: input.jobId, ...(caller.deliveryId ? { deliveryId: caller.deliveryId } : {}) }, userOf(caller), runCreationJobPorts()),
);
