import { z } from 'zod';
import { reopenOnIssueChange, type SignOffEventOutcome } from '../usecases/signoff/reopen-on-issue-change';
import { signOffPorts } from '../wiring/signoff';

export { APP_ACTOR, READY_STATUS, type SignOffEventOutcome } from '../usecases/signoff/reopen-on-issue-change';

/** The part of a Jira issue-updated event sign-off reads: which issue, who, and the changelog. */
const UpdatedIssueEvent = z
  .object({
    eventType: z.literal('avi:jira:updated:issue'),
    issue: z.object({ id: z.string(), key: z.string() }).passthrough(),
    atlassianId: z.string().optional(),
    changelog: z
      .object({ items: z.array(z.object({ field: z.string(), toString: z.string().nullable().optional() }).passthrough()).default([]) })
      .passthrough()
      .optional(),
  })
  .passthrough();

/**
 * Keeps sign-off honest from Jira issue events on gated work (see `reopenOnIssueChange`): the event's shape is
 * checked here, the use case acts as the app.
 */
export async function handleSignOffIssueEvent(event: unknown): Promise<SignOffEventOutcome> {
  const parsed = UpdatedIssueEvent.safeParse(event);
  if (!parsed.success) return { written: [], reason: 'not an issue update' };
  const { issue, atlassianId, changelog } = parsed.data;
  return reopenOnIssueChange(
    { issueKey: issue.key, ...(atlassianId ? { actorAccountId: atlassianId } : {}), changelog: changelog?.items ?? [] },
    signOffPorts('app'),
  );
}

/** The sign-off `trigger` module's function (manifest: `index.onSignOffIssueEvent`). */
export async function onSignOffIssueEvent(event: unknown): Promise<void> {
  try {
    await handleSignOffIssueEvent(event);
  } catch (e) {
    // A trigger is not retried; the next decision or getSignOff still sees the record as it is.
    console.error('[campaign-control] could not apply an issue event to the sign-off record', e);
  }
}
