import { route } from '@forge/api';
import { z } from 'zod';
import type { WorkflowTarget } from '../../domain/signoff';
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

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Moves the gated issue (as the app: the decision is the approver's, the workflow move is the app's), and answers the
 * transition applied, or null when the issue is already there or no transition fits (the decision still stands).
 */
export async function transitionGatedIssue(issueKey: string, target: WorkflowTarget, retry: RetryGate): Promise<string | null> {
  const { transitions } = await requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, { as: 'app', schema: Transitions, retry });
  const chosen =
    'nameOrStatus' in target
      ? (transitions.find((t) => same(t.name, target.nameOrStatus)) ?? transitions.find((t) => same(t.to.name, target.nameOrStatus)))
      : (transitions.find((t) => same(t.to.name, 'In Progress')) ??
        transitions.find((t) => t.to.statusCategory?.key === 'indeterminate' && !/review/i.test(t.to.name)));
  if (!chosen) return null;
  await requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
    as: 'app',
    schema: Ignored,
    method: 'POST',
    body: { transition: { id: chosen.id } },
    retry,
    // Sending the same transition twice fails harmlessly (the issue is already there); Jira's 503 means "not applied".
    idempotent: true,
  });
  return chosen.name;
}
