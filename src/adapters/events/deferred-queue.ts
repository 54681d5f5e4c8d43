import { Queue } from '@forge/events';
import type { DeferredWakePort } from '../../usecases/ports/deferred-work';

/** The queue whose consumer drains the work deferred while Jira's quota was short (manifest: `consumer` on this key). */
export const DEFERRED_QUEUE = 'campaign-deferred';

/** One drain at a time: a second wake-up waits, then finds nothing left to run. */
export const forgeDeferredWake: DeferredWakePort = {
  async wake(delayInSeconds) {
    try {
      await new Queue({ key: DEFERRED_QUEUE }).push([{ body: { drain: true }, concurrency: { key: 'drain', limit: 1 }, delayInSeconds }]);
      return true;
    } catch (e) {
      console.error('[campaign-control] could not queue the deferred-work drain', e);
      return false;
    }
  },
};
