import { IssueEvent } from '../domain/snapshot';
import { applyIssueEvent, type EventOutcome } from '../usecases/panel/apply-issue-event';
import { campaignEventPorts } from '../wiring/panel';

export type { EventOutcome } from '../usecases/panel/apply-issue-event';

/**
 * Keeps campaign snapshots current from Jira issue events (`trigger` on created/updated/deleted issue), through
 * `applyIssueEvent`. Unknown payloads are logged and dropped: a trigger that throws is retried by the platform,
 * which would not help.
 */
export async function handleCampaignIssueEvent(event: unknown): Promise<EventOutcome> {
  const parsed = IssueEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('[campaign-control] ignored an issue event in an unexpected shape', parsed.error.issues.slice(0, 2));
    return { applied: false, reason: 'unexpected event shape' };
  }
  return applyIssueEvent(parsed.data, campaignEventPorts());
}

/** The `trigger` module's function (manifest: `index.onCampaignIssueEvent`), called as `(event, context)`. */
export async function onCampaignIssueEvent(event: unknown): Promise<void> {
  try {
    await handleCampaignIssueEvent(event);
  } catch (e) {
    // The next panel load's change check catches up with whatever this event missed.
    console.error('[campaign-control] could not apply an issue event to the campaign snapshot', e);
  }
}
