import { route } from '@forge/api';
import { z } from 'zod';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

const Transitions = z
  .object({
    transitions: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          to: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).passthrough().optional() }).passthrough(),
        })
        .passthrough(),
    ),
  })
  .passthrough();
const Ignored = z.unknown();

export type IssueTransition = z.infer<typeof Transitions>['transitions'][number];

/** The transitions Jira offers on an issue now (1 request, 1 object). */
export async function listTransitions(issueKey: string, as: 'user' | 'app', retry: RetryGate): Promise<IssueTransition[]> {
  return (await requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, { as, schema: Transitions, retry })).transitions;
}

/** Applies one transition. Sending the same one twice fails harmlessly (the issue is already there); a 503 means "not applied". */
export async function applyTransition(issueKey: string, transitionId: string, as: 'user' | 'app', retry: RetryGate): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
    as,
    schema: Ignored,
    method: 'POST',
    body: { transition: { id: transitionId } },
    retry,
    idempotent: true,
  });
}
