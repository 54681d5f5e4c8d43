import { createCampaign } from '../usecases/creation/create-campaign';
import { getCreationJob } from '../usecases/creation/get-creation-job';
import { creationPorts } from '../wiring/creation';
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
