import { z } from 'zod';
import { IssueKey } from '../contracts/fields';
import { recomputeForecast, type RecomputeOutcome } from '../usecases/panel/recompute-forecast';
import { recomputeForecastPorts } from '../wiring/panel';

/** The AsyncEvent the `campaign-forecast` queue delivers (@forge/events 2+): the body is what the app pushed. */
const ForecastEvent = z.object({ body: z.object({ epicKey: IssueKey }) });

/**
 * Recomputes one campaign's forecast from an event of the `campaign-forecast` queue. A malformed event is logged
 * and dropped; so is a failure (the next panel load finds the forecast stale and queues it again).
 */
export async function handleForecastEvent(event: unknown): Promise<RecomputeOutcome | { computed: false; reason: 'unexpected_event' }> {
  const parsed = ForecastEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('[campaign-control] ignored a forecast event in an unexpected shape', parsed.error.issues.slice(0, 2));
    return { computed: false, reason: 'unexpected_event' };
  }
  return recomputeForecast({ epicKey: parsed.data.body.epicKey }, recomputeForecastPorts());
}

/** The forecast `consumer` module's function (manifest: `index.onForecastEvent`, 900 s), called as `(event, context)`. */
export async function onForecastEvent(event: unknown): Promise<void> {
  try {
    const outcome = await handleForecastEvent(event);
    if (outcome.computed) console.info(`[campaign-control] forecast recomputed (${String(outcome.trials)} trials)`);
  } catch (e) {
    console.error('[campaign-control] could not recompute a forecast', e);
  }
}
