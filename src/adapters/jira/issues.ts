import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira, type Actor } from './request';

const UserRef = z.object({ accountId: z.string(), displayName: z.string() }).passthrough();

export const IssueOverviewFields = ['summary', 'status', 'issuetype', 'assignee', 'duedate', 'labels'] as const;

const IssueOverviewSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
    issuetype: z.object({ name: z.string() }),
    assignee: UserRef.nullable().optional(),
    duedate: z.string().nullable().optional(),
    labels: z.array(z.string()).optional(),
  }),
});
export type IssueOverviewResponse = z.infer<typeof IssueOverviewSchema>;

export function getIssueOverview(actor: Actor, issueKey: string): Promise<IssueOverviewResponse> {
  return requestJira(route`/rest/api/3/issue/${issueKey}?fields=${IssueOverviewFields.join(',')}`, {
    as: actor,
    schema: IssueOverviewSchema,
  });
}

const MyselfSchema = z.object({ accountId: z.string(), displayName: z.string(), locale: z.string().optional() }).passthrough();
export type Myself = z.infer<typeof MyselfSchema>;

/** The acting user as Jira knows them (asUser only: the app has no "myself"). */
export function getMyself(): Promise<Myself> {
  return requestJira(route`/rest/api/3/myself`, { as: 'user', schema: MyselfSchema });
}
