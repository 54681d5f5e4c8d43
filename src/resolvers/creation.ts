import { createCampaign } from '../usecases/creation/create-campaign';
import { getCreationJob } from '../usecases/creation/get-creation-job';
import { runCreationJob } from '../usecases/creation/run-creation-job';
import { creationPorts, runCreationJobPorts } from '../wiring/creation';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** Starts (or resumes, for the same `requestId`) the creation of a planned campaign, as a queued job. */
export const createCampaignResolver = contractResolver('createCampaign', (input, caller) =>
  createCampaign(input, userOf(caller), creationPorts()),
);

/** Progress of a creation job the caller started. */
export const getCreationJobResolver = contractResolver('getCreationJob', (input, caller) =>
  getCreationJob(input, userOf(caller), creationPorts()),
);

/** Runs (or resumes) a job; the `campaign-creation` queue's consumer calls it, and so may the page to retry. */
export const runCreationJobResolver = contractResolver('runCreationJob', (input, caller) =>
  runCreationJob(
    { jobId: input.jobId, ...(caller.deliveryId ? { deliveryId: caller.deliveryId } : {}) },
    userOf(caller),
    runCreationJobPorts(),
  ),
);
