import { route } from '@forge/api';
import { z } from 'zod';
import { requestJira } from './request';

const GoalIssueSchema = z.object({
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    description: z.unknown().optional(),
    duedate: z.string().nullable().optional(),
    parent: z.object({ key: z.string() }).passthrough().nullable().optional(),
    project: z.object({ key: z.string() }).passthrough(),
  }),
});

export interface GoalIssue {
  key: string;
  summary: string;
  /** ADF, or null. */
  description: unknown;
  dueDate: string | null;
  parentKey: string | null;
  projectKey: string;
}

/** The issue a breakdown starts from, read as the user (an issue they cannot see is Jira's 404 → NOT_FOUND). */
export async function readGoalIssue(issueKey: string): Promise<GoalIssue> {
  const issue = await requestJira(route`/rest/api/3/issue/${issueKey}?fields=summary,description,duedate,parent,project`, {
    as: 'user',
    schema: GoalIssueSchema,
  });
  const f = issue.fields;
  return {
    key: issue.key,
    summary: f.summary,
    description: f.description ?? null,
    dueDate: f.duedate ?? null,
    parentKey: f.parent?.key ?? null,
    projectKey: f.project.key,
  };
}
