import { Queue } from '@forge/events';
import type { ForecastQueuePort } from '../../usecases/ports/forecast-store';

/** The queue whose consumer is `recomputeForecast` (manifest: `consumer` on this key, a 900 s function). */
export const FORECAST_QUEUE = 'campaign-forecast';

/** One recomputation per campaign at a time: a second one for the same campaign waits, then finds little to do. */
export const forgeForecastQueue: ForecastQueuePort = {
  async enqueue(epicKey) {
    try {
      await new Queue({ key: FORECAST_QUEUE }).push([{ body: { epicKey }, concurrency: { key: epicKey, limit: 1 } }]);
      return true;
    } catch (e) {
      console.error('[campaign-control] could not queue a forecast', epicKey, e);
      return false;
    }
  },
};
