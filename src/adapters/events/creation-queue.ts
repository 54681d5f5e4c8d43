import { Queue } from '@forge/events';
import type { CreationQueuePort } from '../../usecases/ports/creation-queue';

/** The queue whose consumer runs `runCreationJob` (manifest: `consumer` on this key, the 900 s `creation-consumer`). */
export const CREATION_QUEUE = 'campaign-creation';

/** Pushes one run of a job; one run per job at a time (the lease also guards this, e.g. against a page-triggered run). */
export const forgeCreationQueue: CreationQueuePort = {
  async enqueue(jobId, delayInSeconds = 0) {
    try {
      await new Queue({ key: CREATION_QUEUE }).push([
        { body: { jobId }, concurrency: { key: jobId, limit: 1 }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) },
      ]);
      return true;
    } catch (e) {
      console.error('[campaign-control] could not queue creation job', jobId, e);
      return false;
    }
  },
};
