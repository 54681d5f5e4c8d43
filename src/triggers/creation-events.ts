import { z } from 'zod';
import { GetCreationJobPayload } from '../contracts/campaign-planner';
import type { CreationJob } from '../domain/model';
import { runCreationJob } from '../usecases/creation/run-creation-job';
import { runCreationJobPorts } from '../wiring/creation';

/**
 * The AsyncEvent the `campaign-creation` queue delivers (@forge/events 2+): the body is what the app pushed
 * (`{jobId}` of the creation job), `jobId` the push's own id, which a redelivery of the same event keeps.
 */
const CreationEvent = z.object({ body: GetCreationJobPayload, jobId: z.string().min(1) });
/** The function's context: the person whose invocation pushed the event (the job runs as them, `asUser`). */
const CreationContext = z.object({ principal: z.object({ accountId: z.string().min(1) }) });

export type CreationEventOutcome = { ran: true; job: CreationJob } | { ran: false; reason: 'unexpected_event' };

/**
 * Runs (or resumes) the creation job of an event of the `campaign-creation` queue, for the person who pushed it.
 * The event's `jobId` is the run's delivery: a redelivery after a killed attempt takes over that attempt's lease.
 * A malformed event, or one without a user, is logged and dropped. Errors: those of `runCreationJob`.
 */
export async function handleCreationEvent(event: unknown, context: unknown): Promise<CreationEventOutcome> {
  const parsed = CreationEvent.safeParse(event);
  const caller = CreationContext.safeParse(context);
  if (!parsed.success || !caller.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(caller.error?.issues ?? [])];
    console.warn('[campaign-control] ignored a creation event in an unexpected shape', issues.slice(0, 2));
    return { ran: false, reason: 'unexpected_event' };
  }
  const job = await runCreationJob(
    { jobId: parsed.data.body.jobId, deliveryId: parsed.data.jobId },
    { accountId: caller.data.principal.accountId },
    runCreationJobPorts(),
  );
  return { ran: true, job };
}

/**
 * The creation `consumer` module's function (manifest: `index.onCreationEvent`, 900 s), called as `(event, context)`.
 * A run that stops saves what to do next on the job (and queues the rest when Jira was busy), so nothing is thrown
 * back to the platform: an event the job could not use (gone, someone else's) is logged, not retried.
 */
export async function onCreationEvent(event: unknown, context: unknown): Promise<void> {
  try {
    await handleCreationEvent(event, context);
  } catch (e) {
    console.error('[campaign-control] could not run a creation job', e);
  }
}
