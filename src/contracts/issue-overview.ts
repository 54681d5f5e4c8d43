import { z } from 'zod';
import { IssueKey } from './fields';

/** `getIssueOverview`: nothing, or `{issueKey}` when called outside an issue (e.g. from /local/invoke without context). */
export const GetIssueOverviewPayload = z.object({ issueKey: IssueKey.optional() }).strict();

/** The issue the panel sits on and who is looking, both read as that user. */
export const IssueOverview = z.object({
  issue: z.object({
    key: z.string(),
    summary: z.string(),
    status: z.string(),
    /** Jira status category key: `new`, `indeterminate` or `done`. */
    statusCategory: z.string(),
    issueType: z.string(),
    assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
    dueDate: z.string().nullable(),
    labels: z.array(z.string()),
  }),
  actingUser: z.object({ accountId: z.string(), displayName: z.string(), locale: z.string().nullable() }),
});
export type IssueOverview = z.infer<typeof IssueOverview>;
export type GetIssueOverviewPayload = z.input<typeof GetIssueOverviewPayload>;
