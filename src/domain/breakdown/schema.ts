import { z } from 'zod';
import { IsoDate, OwnerRole, RowId } from '../model';
import { problemIssue } from '../../wording/catalog/problems';

/** Most tasks one breakdown proposes or creates (a milestone's worth of work, not a whole campaign). */
export const MAX_BREAKDOWN_TASKS = 40;

/**
 * One proposed task, as BOTH engines produce it (the pattern library and the optional AI engine): the AI's
 * JSON answer is parsed with exactly this schema, so a malformed answer is refused the same way as bad input.
 */
export const SuggestedTask = z
  .object({
    /** Slug, unique in the suggestion; dependencies name it. */
    taskId: RowId,
    summary: z.string().trim().min(1).max(255),
    ownerRole: OwnerRole,
    estimateBusinessDays: z.number().int().min(1).max(60),
    /** Finish-to-start predecessors among the suggestion's own tasks. */
    dependsOn: z.array(RowId).max(10).default([]),
    /** Why the task is proposed, e.g. `matched 'landing page'`. */
    reasons: z.array(z.string().min(1).max(200)).min(1).max(5),
  })
  .strict();
export type SuggestedTask = z.infer<typeof SuggestedTask>;

export const EngineOutput = z
  .object({ tasks: z.array(SuggestedTask).min(1).max(MAX_BREAKDOWN_TASKS) })
  .strict()
  .superRefine((out, ctx) => {
    const ids = new Set<string>();
    out.tasks.forEach((t, i) => {
      if (ids.has(t.taskId))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'taskId'], ...problemIssue('taskIdTwice', { id: t.taskId }) });
      ids.add(t.taskId);
    });
    out.tasks.forEach((t, i) =>
      t.dependsOn.forEach((d, j) => {
        if (!ids.has(d) || d === t.taskId)
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'dependsOn', j], ...problemIssue('notAnotherTask', { id: d }) });
      }),
    );
  });
export type EngineOutput = z.infer<typeof EngineOutput>;

/** A task with its owner and dates: what the modal shows and edits, and what `createBreakdown` receives. */
export const BreakdownTask = z
  .object({
    taskId: RowId,
    summary: z.string().trim().min(1).max(255),
    ownerRole: OwnerRole,
    assigneeAccountId: z.string().min(1).max(128).optional(),
    estimateBusinessDays: z.number().int().min(1).max(60),
    startDate: IsoDate,
    dueDate: IsoDate,
    dependsOn: z.array(RowId).max(10).default([]),
  })
  .strict()
  .refine((t) => t.startDate <= t.dueDate, { ...problemIssue('startAfterDue'), path: ['startDate'] });
export type BreakdownTask = z.infer<typeof BreakdownTask>;
