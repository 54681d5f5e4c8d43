import { z } from 'zod';
import { drainDeferredWork, type DrainOutcome } from '../usecases/deferred/defer-work';
import { deferredRunners, deferredWorkPorts } from '../wiring/deferred';

/** The AsyncEvent the `campaign-deferred` queue delivers: a wake-up, whose body says only "drain". */
const DrainEvent = z.object({ body: z.object({ drain: z.literal(true) }) });

/** Drains the work deferred while Jira's quota was short (see `drainDeferredWork`); a malformed event is logged and dropped. */
export async function handleDeferredEvent(event: unknown): Promise<DrainOutcome | { ran: false; reason: 'unexpected_event' }> {
  if (!DrainEvent.safeParse(event).success) {
    console.warn('[campaign-control] ignored a deferred-work event in an unexpected shape');
    return { ran: false, reason: 'unexpected_event' };
  }
  return drainDeferredWork(deferredWorkPorts(), deferredRunners);
}

/** The deferred-work `consumer` module's function (manifest: `index.onDeferredWorkEvent`, 900 s). */
export async function onDeferredWorkEvent(event: unknown): Promise<void> {
  try {
    const outcome = await handleDeferredEvent(event);
    if ('ran' in outcome && Array.isArray(outcome.ran) && outcome.ran.length > 0)
      console.info(`[campaign-control] deferred work ran: ${outcome.ran.join(', ')}`);
  } catch (e) {
    console.error('[campaign-control] could not drain deferred work', e);
  }
}
