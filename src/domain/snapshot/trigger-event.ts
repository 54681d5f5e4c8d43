import { z } from 'zod';

/** A Forge Jira issue event (created/updated/deleted), as far as the snapshot reads it. */
export const IssueEvent = z
  .object({
    eventType: z.enum(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue']),
    issue: z
      .object({
        id: z.string(),
        key: z.string(),
        fields: z
          .object({
            issuetype: z.object({ name: z.string() }).passthrough().optional(),
            /** Present when the trigger asks for it (`payload.include.fields`). */
            parent: z.object({ key: z.string() }).passthrough().nullable().optional(),
            labels: z.array(z.string()).optional(),
          })
          .passthrough()
          .default({}),
      })
      .passthrough(),
    changelog: z
      .object({ items: z.array(z.object({ field: z.string() }).passthrough()).default([]) })
      .passthrough()
      .optional(),
  })
  .passthrough();
export type IssueEvent = z.infer<typeof IssueEvent>;

/** The label every campaign issue carries (the creation sets it with the campaign's own label). */
export const CAMPAIGN_LABEL = 'campaign';

export type EventAction =
  | { type: 'ignore'; reason: string }
  | { type: 'reread'; issueId: string; key: string; epicKeyHint?: string }
  | { type: 'delete'; key: string; epicKeyHint?: string };

/**
 * What a Jira event means for the campaign snapshots, without any REST call: most events of a site are about issues
 * outside any campaign, so when the payload carries labels and none is the campaign label, nothing is read.
 */
export function eventAction(event: IssueEvent): EventAction {
  const { issue } = event;
  const epicKeyHint = issue.fields.issuetype?.name.toLowerCase() === 'epic' ? issue.key : (issue.fields.parent?.key ?? undefined);
  const hint = epicKeyHint ? { epicKeyHint } : {};
  if (event.eventType === 'avi:jira:deleted:issue') return { type: 'delete', key: issue.key, ...hint };
  const labels = issue.fields.labels;
  const lostLabel = event.changelog?.items.some((i) => i.field.toLowerCase() === 'labels') ?? false;
  const parentChanged = event.changelog?.items.some((i) => ['parent', 'epic link', 'ihierarchy'].includes(i.field.toLowerCase())) ?? false;
  if (labels && !labels.includes(CAMPAIGN_LABEL) && !lostLabel && !parentChanged && !epicKeyHint) {
    return { type: 'ignore', reason: `${issue.key} is not a campaign issue` };
  }
  return { type: 'reread', issueId: issue.id, key: issue.key, ...hint };
}
