import { route } from '@forge/api';
import { z } from 'zod';
import { RowProperty } from '../../domain/model';
import type { SignOffIssue } from '../../domain/signoff';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

const UserRef = z.object({ accountId: z.string() }).passthrough().nullable().optional();

const GatedIssueAnswer = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        summary: z.string().default(''),
        description: z.unknown().optional(),
        attachment: z.array(z.object({ filename: z.string() }).passthrough()).optional(),
        assignee: UserRef,
        reporter: UserRef,
        status: z.object({ name: z.string() }).passthrough().optional(),
        issuetype: z.object({ name: z.string() }).passthrough().optional(),
        parent: z.object({ key: z.string() }).passthrough().nullable().optional(),
      })
      .passthrough(),
    properties: z.record(z.unknown()).optional(),
  })
  .passthrough();

/** The adapter's name for the domain's `SignOffIssue`. */
export type GatedIssue = SignOffIssue;

const FIELDS = 'summary,description,attachment,assignee,reporter,status,issuetype,parent';

function toGatedIssue(answer: z.infer<typeof GatedIssueAnswer>): GatedIssue {
  const f = answer.fields;
  const row = RowProperty.safeParse(answer.properties?.campaignControlRow);
  const isEpic = f.issuetype?.name.toLowerCase() === 'epic' || (row.success && row.data.kind === 'epic');
  return {
    id: answer.id,
    key: answer.key,
    summary: f.summary,
    description: f.description ?? null,
    attachments: (f.attachment ?? []).map((a) => a.filename),
    assigneeAccountId: f.assignee?.accountId ?? null,
    reporterAccountId: f.reporter?.accountId ?? null,
    status: f.status?.name ?? '',
    epicKey: isEpic ? answer.key : (f.parent?.key ?? null),
    row: row.success ? row.data : null,
  };
}

/** The issue as the acting user sees it: Jira's 404 (gone, or not theirs to see) becomes NOT_FOUND. */
export async function readGatedIssueAsUser(issueKey: string, retry: RetryGate): Promise<GatedIssue> {
  const answer = await requestJira(route`/rest/api/3/issue/${issueKey}?fields=${FIELDS}&properties=campaignControlRow`, {
    as: 'user',
    schema: GatedIssueAnswer,
    retry,
  });
  return toGatedIssue(answer);
}

/** The issue as the app sees it (triggers and the reminder job have no user). */
export async function readGatedIssueAsApp(issueKey: string, retry: RetryGate): Promise<GatedIssue> {
  const answer = await requestJira(route`/rest/api/3/issue/${issueKey}?fields=${FIELDS}&properties=campaignControlRow`, {
    as: 'app',
    schema: GatedIssueAnswer,
    retry,
  });
  return toGatedIssue(answer);
}
