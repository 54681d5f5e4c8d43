import type { WorkflowTarget } from '../../domain/signoff';
import type { RetryGate } from '../http/retry';
import { applyTransition, listTransitions } from './issue-transitions';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Moves the gated issue (as the app: the decision is the approver's, the workflow move is the app's), and answers the
 * transition applied, or null when the issue is already there or no transition fits (the decision still stands).
 */
export async function transitionGatedIssue(issueKey: string, target: WorkflowTarget, retry: RetryGate): Promise<string | null> {
  const transitions = await listTransitions(issueKey, 'app', retry);
  const chosen =
    'nameOrStatus' in target
      ? (transitions.find((t) => same(t.name, target.nameOrStatus)) ?? transitions.find((t) => same(t.to.name, target.nameOrStatus)))
      : (transitions.find((t) => same(t.to.name, 'In Progress')) ??
        transitions.find((t) => t.to.statusCategory?.key === 'indeterminate' && !/review/i.test(t.to.name)));
  if (!chosen) return null;
  await applyTransition(issueKey, chosen.id, 'app', retry);
  return chosen.name;
}
