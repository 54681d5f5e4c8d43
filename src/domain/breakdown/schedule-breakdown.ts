import type { HolidayCalendar, IsoDate, OwnerRole, PlanWarning } from '../model';
import { scheduleBackward } from '../schedule';
import type { BreakdownTask, SuggestedTask } from './schema';
import { mustGetKey } from '../invariant';
import { planWarning } from '../plan/warning';

export interface ScheduleBreakdownInput {
  tasks: readonly SuggestedTask[];
  /** The milestone the work is due for: every task finishes by its due date. */
  milestoneDueDate: IsoDate;
  calendar: HolidayCalendar;
  today: IsoDate;
  /** The project's role → people mapping (`roles:<projectKey>`); the first person of a role is suggested. */
  roleAssignments: Partial<Record<OwnerRole, readonly string[]>>;
}

export interface ScheduledBreakdown {
  tasks: BreakdownTask[];
  warnings: PlanWarning[];
}

/** Not a slug, so it can never be a task's id. */
const MILESTONE = '@milestone';

/**
 * Dates and assignees for suggested tasks: scheduled back from the milestone's due date with the campaign's
 * business days and holidays (finish-to-start, as late as possible), owner = the role's first person.
 */
export function scheduleBreakdown(input: ScheduleBreakdownInput): ScheduledBreakdown {
  const result = scheduleBackward({
    launchDate: input.milestoneDueDate,
    calendar: input.calendar,
    today: input.today,
    milestones: [{ id: MILESTONE, summary: 'milestone', offsetBusinessDays: 0 }],
    tasks: input.tasks.map((t) => ({
      id: t.taskId,
      milestoneId: MILESTONE,
      summary: t.summary,
      estimateBusinessDays: t.estimateBusinessDays,
      dependsOn: t.dependsOn.map((rowId) => ({ rowId, lagBusinessDays: 0 })),
    })),
  });
  const warnings = result.warnings.filter((w) => w.rowId !== MILESTONE);
  const tasks = input.tasks.map((t): BreakdownTask => {
    const assignee = input.roleAssignments[t.ownerRole]?.[0];
    if (!assignee) {
      const m = { key: 'plan.noAssigneeYet', params: { summary: t.summary, role: t.ownerRole } } as const;
      warnings.push(planWarning({ rowId: t.taskId, kind: 'no_assignee', field: 'assigneeAccountId' }, m));
    }
    const dates = mustGetKey(result.dates, t.taskId, 'task dates');
    return {
      taskId: t.taskId,
      summary: t.summary,
      ownerRole: t.ownerRole,
      ...(assignee ? { assigneeAccountId: assignee } : {}),
      estimateBusinessDays: t.estimateBusinessDays,
      startDate: dates.startDate,
      dueDate: dates.dueDate,
      dependsOn: [...t.dependsOn],
    };
  });
  return { tasks, warnings };
}
