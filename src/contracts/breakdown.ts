import { z } from 'zod';
import { BreakdownTask, MAX_BREAKDOWN_TASKS } from '../domain/breakdown/schema';
import { IsoDate, OwnerRole, PlanWarning, RowId } from '../domain/model';
import { IssueKey, PersonOption, RequestId } from './fields';
import {} from '../wording/catalog/problems';

/** Payloads and answers of "Break down goal" (the `jira:issueAction` modal). */

export const BreakdownEngine = z.enum(['patterns', 'ai']);
export type BreakdownEngine = z.infer<typeof BreakdownEngine>;

export const SuggestBreakdownPayload = z
  .object({
    issueKey: IssueKey,
    /** Free text instead of the issue's summary and description. */
    goalText: z.string().max(4000).optional(),
    /** Default `patterns`; `ai` only when the site offers Forge LLMs. */
    engine: BreakdownEngine.default('patterns'),
    /** The milestone the tasks are for (one of the campaign's); default: the issue's own, or on the epic the launch's. */
    milestoneKey: IssueKey.optional(),
  })
  .strict();
export type SuggestBreakdownPayload = z.input<typeof SuggestBreakdownPayload>;

export const BreakdownTaskView = z
  .object({
    taskId: z.string(),
    summary: z.string(),
    ownerRole: OwnerRole,
    assigneeAccountId: z.string().optional(),
    estimateBusinessDays: z.number(),
    startDate: IsoDate,
    dueDate: IsoDate,
    dependsOn: z.array(z.string()),
    /** Why the engine proposed it, in the reader's language, e.g. `matched 'landing page'`. */
    reasons: z.array(z.string()),
  })
  .strict();
export type BreakdownTaskView = z.infer<typeof BreakdownTaskView>;

/** A milestone of the campaign, as the picker shows it: its name and its due date (in Jira now). */
export const BreakdownMilestone = z.object({ key: z.string(), summary: z.string(), dueDate: IsoDate }).strict();
export type BreakdownMilestone = z.infer<typeof BreakdownMilestone>;

export const SuggestBreakdownResult = z
  .object({
    issueKey: z.string(),
    /** What the action was opened on. */
    target: z.enum(['epic', 'milestone']),
    epicKey: z.string(),
    /** The milestone the tasks are due for and linked to ("Blocks"). */
    milestone: BreakdownMilestone,
    /** Every milestone of the campaign the tasks could be for, by due date. */
    milestones: z.array(BreakdownMilestone),
    engine: BreakdownEngine,
    aiAvailable: z.boolean(),
    /** The text the engine read. */
    goal: z.string(),
    tasks: z.array(BreakdownTaskView),
    warnings: z.array(PlanWarning),
    /** People a task can be assigned to. */
    people: z.array(PersonOption),
  })
  .strict();
export type SuggestBreakdownResult = z.infer<typeof SuggestBreakdownResult>;

export const CreateBreakdownPayload = z
  .object({
    /** One per "Create" click; sending it again resumes the same creation, never duplicates. */
    requestId: RequestId,
    issueKey: IssueKey,
    /** As for `suggestBreakdown`: the milestone the tasks block. */
    milestoneKey: IssueKey.optional(),
    tasks: z.array(BreakdownTask).min(1).max(MAX_BREAKDOWN_TASKS),
  })
  .strict();
export type CreateBreakdownPayload = z.input<typeof CreateBreakdownPayload>;

export const CreateBreakdownResult = z
  .object({
    /** Poll it with `getCreationJob`. */
    jobId: z.string(),
    epicKey: z.string(),
    milestoneKey: z.string(),
  })
  .strict();
export type CreateBreakdownResult = z.infer<typeof CreateBreakdownResult>;

export const RescheduleBreakdownPayload = z
  .object({
    issueKey: IssueKey,
    milestoneKey: IssueKey.optional(),
    /** The task whose estimate changed: it and the tasks it waits for get new dates; without it, every task does. */
    changedTaskId: RowId.optional(),
    tasks: z.array(BreakdownTask).min(1).max(MAX_BREAKDOWN_TASKS),
  })
  .strict();
export type RescheduleBreakdownPayload = z.input<typeof RescheduleBreakdownPayload>;

export const RescheduleBreakdownResult = z
  .object({
    milestone: BreakdownMilestone,
    /** The same tasks in the same order, with their dates. */
    tasks: z.array(BreakdownTask),
    warnings: z.array(PlanWarning),
  })
  .strict();
export type RescheduleBreakdownResult = z.infer<typeof RescheduleBreakdownResult>;
