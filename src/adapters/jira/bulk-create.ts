import { route } from '@forge/api';
import { z } from 'zod';
import { BulkCreateAnswer } from '../../domain/creation/bulk-result';
import type { IssueUpdateDetails } from '../../domain/creation/issue-payloads';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

const CreatedIssue = z.object({ id: z.string(), key: z.string() }).passthrough();

/** Creates one issue as the acting user (Jira enforces their permissions; they become the reporter). */
export async function createIssue(details: IssueUpdateDetails, retry: RetryGate): Promise<{ id: string; key: string }> {
  return requestJira(route`/rest/api/3/issue`, { as: 'user', schema: CreatedIssue, method: 'POST', body: details, retry });
}

/**
 * Creates up to 50 issues as the acting user. Not idempotent: a 429/503/timeout throws TRY_AGAIN and the caller
 * re-reads what exists before sending the rest. A 400 is a normal answer here (every element failed).
 */
export async function bulkCreateIssues(issueUpdates: IssueUpdateDetails[], retry: RetryGate): Promise<BulkCreateAnswer> {
  return requestJira(route`/rest/api/3/issue/bulk`, {
    as: 'user',
    schema: BulkCreateAnswer,
    method: 'POST',
    body: { issueUpdates },
    retry,
    answerStatuses: [400],
  });
}
