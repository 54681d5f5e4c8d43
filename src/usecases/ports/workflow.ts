import type { WorkflowTarget } from '../../domain/signoff';

/** Moves an issue (as the app); answers the transition applied, or null when none fits or it is already there. */
export interface WorkflowPort {
  transition(issueKey: string, target: WorkflowTarget): Promise<string | null>;
}
