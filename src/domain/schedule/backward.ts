import type { HolidayCalendar, IsoDate, PlanWarning } from '../model';
import { DomainError } from '../errors';
import { mustGet, mustGetKey } from '../invariant';
import { addBusinessDays, businessDayOnOrBefore } from './business-days';
import { checkSchedule, type DatedRow } from './check-schedule';

export interface ScheduleMilestone {
  id: string;
  summary: string;
  /** Business days from launch; 0 = the launch day itself, even when it is not a business day. */
  offsetBusinessDays: number;
}

export interface ScheduleTask {
  id: string;
  milestoneId: string;
  summary: string;
  estimateBusinessDays: number;
  /** Finish-to-start predecessors. */
  dependsOn: { rowId: string; lagBusinessDays: number }[];
}

export interface BackwardInput {
  launchDate: IsoDate;
  calendar: HolidayCalendar;
  today: IsoDate;
  milestones: readonly ScheduleMilestone[];
  tasks: readonly ScheduleTask[];
  /** Rows that keep their dates (done work on a re-plan); they constrain nobody and are never flagged. */
  fixed?: Readonly<Record<string, { startDate: IsoDate; dueDate: IsoDate }>>;
}

export interface BackwardResult {
  dates: Record<string, { startDate: IsoDate; dueDate: IsoDate }>;
  /** Rows with their dates, milestones first then tasks, in input order. */
  rows: DatedRow[];
  warnings: PlanWarning[];
}

/** Successors before predecessors; throws naming the rows of the first dependency cycle found. */
function reverseTopologicalOrder(tasks: readonly ScheduleTask[]): ScheduleTask[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const successors = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  for (const t of tasks) {
    t.dependsOn.forEach((d, j) => {
      const list = successors.get(d.rowId);
      if (!list)
        throw new DomainError(
          'INVALID_INPUT',
          { key: 'errors.notATaskOfPlan', params: { field: `tasks.${t.id}.dependsOn.${j}`, id: d.rowId } },
          `tasks.${t.id}.dependsOn.${j}`,
        );
      list.push(t.id);
    });
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const order: ScheduleTask[] = [];
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of successors.get(id) ?? []) {
      if (state.get(next) === 'visiting') {
        // stack holds predecessor → successor chains, so the cycle reads in dependency order.
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        throw new DomainError('INVALID_INPUT', { key: 'errors.rowCycle', params: { cycle: cycle.join(' → ') } }, 'dependsOn');
      }
      if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
    order.push(mustGet(byId, id, 'task'));
  };
  for (const t of tasks) if (!state.has(t.id)) visit(t.id);
  return order;
}

/**
 * Backward scheduling from the launch date. Milestones sit at launch + offset business days. Each task finishes as
 * late as it can: by its milestone and before each successor's start minus lag (finish-to-start), and starts
 * `estimate − 1` business days before its due date. Nothing is shifted to make the plan fit: problems (work in the
 * past, a plan that cannot fit, a non-working launch day) come back as warnings.
 */
export function scheduleBackward(input: BackwardInput): BackwardResult {
  const { launchDate, calendar, today } = input;
  const fixed = input.fixed ?? {};
  const dates: BackwardResult['dates'] = {};

  for (const m of input.milestones) {
    const due = fixed[m.id]?.dueDate ?? addBusinessDays(launchDate, m.offsetBusinessDays, calendar);
    dates[m.id] = { startDate: due, dueDate: due };
  }

  const successorsOf = new Map<string, { id: string; lag: number }[]>();
  for (const t of input.tasks)
    for (const d of t.dependsOn) successorsOf.set(d.rowId, [...(successorsOf.get(d.rowId) ?? []), { id: t.id, lag: d.lagBusinessDays }]);

  for (const task of reverseTopologicalOrder(input.tasks)) {
    const pinned = fixed[task.id];
    if (pinned) {
      dates[task.id] = { ...pinned };
      continue;
    }
    const milestone = dates[task.milestoneId];
    if (!milestone)
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.notAMilestoneOfPlan', params: { field: `tasks.${task.id}.milestoneId`, id: task.milestoneId } },
        `tasks.${task.id}.milestoneId`,
      );
    let due = businessDayOnOrBefore(milestone.dueDate, calendar);
    for (const s of successorsOf.get(task.id) ?? []) {
      if (fixed[s.id]) continue;
      // Successors come first in this order, so theirs are already set.
      const latest = addBusinessDays(mustGetKey(dates, s.id, 'successor dates').startDate, -(1 + s.lag), calendar);
      if (latest < due) due = latest;
    }
    const startDate = task.estimateBusinessDays > 1 ? addBusinessDays(due, -(task.estimateBusinessDays - 1), calendar) : due;
    dates[task.id] = { startDate, dueDate: due };
  }

  const rows: DatedRow[] = [
    ...input.milestones.map((m): DatedRow => ({
      rowId: m.id,
      kind: 'milestone',
      summary: m.summary,
      dependsOn: [],
      ...mustGetKey(dates, m.id, 'milestone dates'),
    })),
    ...input.tasks.map((t): DatedRow => ({
      rowId: t.id,
      kind: 'task',
      parentRowId: t.milestoneId,
      summary: t.summary,
      dependsOn: t.dependsOn,
      ...mustGetKey(dates, t.id, 'task dates'),
    })),
  ];
  const warnings = checkSchedule(rows, { today, calendar, settled: new Set(Object.keys(fixed)) });
  return { dates, rows, warnings };
}
