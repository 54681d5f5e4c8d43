import type { HolidayCalendar, IsoDate, PlanWarning } from '../model';
import { DomainError } from '../errors';
import { mustGet } from '../invariant';
import { addBusinessDays, businessDayOnOrBefore, checkSchedule, scheduleBackward, type DatedRow } from '../schedule';
import type { BreakdownTask } from './schema';
import type { ScheduledBreakdown } from './schedule-breakdown';
import { planWarning } from '../plan/warning';

export interface RescheduleInput {
  /** The tasks as the modal holds them: their current dates, and the new estimate of the changed one. */
  tasks: readonly BreakdownTask[];
  /** The task whose estimate changed; none when the milestone changed, so every task is scheduled again. */
  changedTaskId?: string | undefined;
  milestoneDueDate: IsoDate;
  calendar: HolidayCalendar;
  today: IsoDate;
}

/** Not a slug, so it can never be a task's id. */
const MILESTONE = '@milestone';

/** `id` and every task that must finish before it, directly or through others. */
function upstreamOf(id: string, byId: ReadonlyMap<string, BreakdownTask>): Set<string> {
  const out = new Set<string>();
  const visit = (x: string): void => {
    if (out.has(x)) return;
    out.add(x);
    for (const d of byId.get(x)?.dependsOn ?? []) visit(d);
  };
  visit(id);
  return out;
}

/**
 * After the estimate of one task changed: that task and every task it waits for (which its new start constrains) are
 * scheduled again back from their successors' starts, or from the milestone's due date, over business days and
 * holidays (finish-to-start, as late as possible, as `scheduleBreakdown` does). Every other task keeps its dates, even
 * ones the user moved by hand. Without `changedTaskId` (another milestone picked), every task is scheduled again. Warnings are those of the whole edited schedule, plus tasks left without an assignee.
 * Errors: INVALID_INPUT `changedTaskId` for a task that is not in `tasks`; INVALID_INPUT `dependsOn` for a cycle or
 * a dependency on no task.
 */
export function rescheduleBreakdown(input: RescheduleInput): ScheduledBreakdown {
  const { calendar } = input;
  const byId = new Map(input.tasks.map((t) => [t.taskId, t]));
  if (input.changedTaskId !== undefined && !byId.has(input.changedTaskId))
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'problems.notAnotherTask', params: { field: 'changedTaskId', id: input.changedTaskId } },
      'changedTaskId',
    );
  // The full backward schedule refuses cycles and unknown dependencies, naming them.
  scheduleBackward({
    launchDate: input.milestoneDueDate,
    calendar,
    today: input.today,
    milestones: [{ id: MILESTONE, summary: 'milestone', offsetBusinessDays: 0 }],
    tasks: input.tasks.map((t) => ({
      ...t,
      id: t.taskId,
      milestoneId: MILESTONE,
      dependsOn: t.dependsOn.map((rowId) => ({ rowId, lagBusinessDays: 0 })),
    })),
  });

  const successors = new Map<string, string[]>();
  for (const t of input.tasks) for (const d of t.dependsOn) successors.set(d, [...(successors.get(d) ?? []), t.taskId]);
  const dates = new Map(input.tasks.map((t) => [t.taskId, { startDate: t.startDate, dueDate: t.dueDate }]));
  const pending = input.changedTaskId === undefined ? new Set(byId.keys()) : upstreamOf(input.changedTaskId, byId);
  // Successors before predecessors: a task is placed once every pending task that waits for it is.
  while (pending.size > 0) {
    const next = [...pending].find((id) => !(successors.get(id) ?? []).some((s) => pending.has(s)));
    if (next === undefined) break;
    pending.delete(next);
    let due = businessDayOnOrBefore(input.milestoneDueDate, calendar);
    for (const s of successors.get(next) ?? []) {
      const latest = addBusinessDays(mustGet(dates, s, 'successor dates').startDate, -1, calendar);
      if (latest < due) due = latest;
    }
    const estimate = mustGet(byId, next, 'task').estimateBusinessDays;
    dates.set(next, { startDate: estimate > 1 ? addBusinessDays(due, -(estimate - 1), calendar) : due, dueDate: due });
  }

  const tasks = input.tasks.map((t): BreakdownTask => ({ ...t, ...mustGet(dates, t.taskId, 'task dates'), dependsOn: [...t.dependsOn] }));
  return { tasks, warnings: warningsOf(tasks, input) };
}

function warningsOf(tasks: readonly BreakdownTask[], input: RescheduleInput): PlanWarning[] {
  const rows: DatedRow[] = [
    {
      rowId: MILESTONE,
      kind: 'milestone',
      summary: 'milestone',
      startDate: input.milestoneDueDate,
      dueDate: input.milestoneDueDate,
      dependsOn: [],
    },
    ...tasks.map((t): DatedRow => ({
      rowId: t.taskId,
      kind: 'task',
      parentRowId: MILESTONE,
      summary: t.summary,
      startDate: t.startDate,
      dueDate: t.dueDate,
      dependsOn: t.dependsOn.map((rowId) => ({ rowId, lagBusinessDays: 0 })),
    })),
  ];
  const warnings = checkSchedule(rows, { today: input.today, calendar: input.calendar }).filter((w) => w.rowId !== MILESTONE);
  for (const t of tasks)
    if (!t.assigneeAccountId)
      warnings.push(
        planWarning(
          { rowId: t.taskId, kind: 'no_assignee', field: 'assigneeAccountId' },
          { key: 'plan.unassigned', params: { summary: t.summary } },
        ),
      );
  return warnings;
}
