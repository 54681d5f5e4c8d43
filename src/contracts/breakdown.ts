/**
 * Payloads and answers of "Break down goal" (the `jira:issueAction` modal). Type-only: the modal imports these;
 * the resolvers validate payloads with zod schemas of the same shape (src/domain/breakdown/schema.ts).
 */
import type { OwnerRole, PlanWarning } from '../domain/model';

export type BreakdownEngine = 'patterns' | 'ai';

export interface SuggestBreakdownPayload {
  issueKey: string;
  /** Free text instead of the issue's summary and description. */
  goalText?: string;
  /** Default `patterns`; `ai` only when the site offers Forge LLMs. */
  engine?: BreakdownEngine;
}

export interface BreakdownTaskView {
  taskId: string;
  summary: string;
  ownerRole: OwnerRole;
  assigneeAccountId?: string;
  estimateBusinessDays: number;
  startDate: string;
  dueDate: string;
  dependsOn: string[];
  /** Why the engine proposed it, in the reader's language, e.g. `matched 'landing page'`. */
  reasons: string[];
}

export interface SuggestBreakdownResult {
  issueKey: string;
  /** What the action was opened on. */
  target: 'epic' | 'milestone';
  epicKey: string;
  /** The milestone the tasks are due for and linked to ("Blocks"). */
  milestone: { key: string; summary: string; dueDate: string };
  engine: BreakdownEngine;
  aiAvailable: boolean;
  /** The text the engine read. */
  goal: string;
  tasks: BreakdownTaskView[];
  warnings: PlanWarning[];
  /** People a task can be assigned to. */
  people: { accountId: string; displayName: string }[];
}

export interface CreateBreakdownPayload {
  /** One per "Create" click; sending it again resumes the same creation, never duplicates. */
  requestId: string;
  issueKey: string;
  tasks: Omit<BreakdownTaskView, 'reasons'>[];
}

export interface CreateBreakdownResult {
  /** Poll it with `getCreationJob`. */
  jobId: string;
  epicKey: string;
  milestoneKey: string;
}
