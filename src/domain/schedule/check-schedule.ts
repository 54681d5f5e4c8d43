import type { HolidayCalendar, IsoDate, PlanWarning } from '../model';
import { planWarning } from '../plan/warning';
import { addBusinessDays, businessDayOnOrAfter, businessDaysBetween, isBusinessDay, isHoliday } from './business-days';

export interface DatedRow {
  rowId: string;
  kind: 'milestone' | 'task';
  parentRowId?: string;
  summary: string;
  startDate: IsoDate;
  dueDate: IsoDate;
  dependsOn: { rowId: string; lagBusinessDays: number }[];
}

export interface CheckContext {
  today: IsoDate;
  calendar: HolidayCalendar;
  /** Rows whose dates are history (done work): never reported as late or in the past, and satisfy their successors. */
  settled?: ReadonlySet<string>;
}

/** The warning kinds this check owns; anything else on a plan (assignees, budget, brief) is someone else's. */
export const SCHEDULE_WARNING_KINDS: ReadonlySet<PlanWarning['kind']> = new Set([
  'in_past',
  'dependency_violated',
  'cannot_fit',
  'after_milestone',
]);

/** A finish-to-start dependency not honoured; when it waits for a task of a later milestone, it says so. */
function dependencyWarning(
  row: DatedRow,
  pred: DatedRow,
  dep: { lag: number; earliest: IsoDate },
  at: { own: DatedRow | undefined; byId: ReadonlyMap<string, DatedRow> },
): PlanWarning {
  const base = { rowId: row.rowId, kind: 'dependency_violated', field: 'startDate' } as const;
  const predMilestone = pred.parentRowId ? at.byId.get(pred.parentRowId) : undefined;
  const params = {
    summary: row.summary,
    start: row.startDate,
    predecessor: pred.summary,
    predecessorDue: pred.dueDate,
    lag: dep.lag,
    earliest: dep.earliest,
  };
  if (predMilestone && at.own && predMilestone.dueDate > at.own.dueDate) {
    return planWarning(base, {
      key: 'plan.dependencyOnLaterMilestone',
      params: {
        ...params,
        laterMilestone: predMilestone.summary,
        laterMilestoneDue: predMilestone.dueDate,
        ownMilestoneDue: at.own.dueDate,
      },
    });
  }
  return planWarning(base, { key: 'plan.dependencyViolated', params });
}

/**
 * Flags every date problem of a dated plan, moving nothing: non-working due dates, tasks due after their milestone,
 * finish-to-start dependencies not honoured, work starting before today, and a plan that cannot fit at all.
 */
export function checkSchedule(rows: readonly DatedRow[], ctx: CheckContext): PlanWarning[] {
  const { today, calendar } = ctx;
  const settled = ctx.settled ?? new Set<string>();
  const byId = new Map(rows.map((r) => [r.rowId, r]));
  const warnings: PlanWarning[] = [];

  for (const row of rows) {
    if (!settled.has(row.rowId) && !isBusinessDay(row.dueDate, calendar)) {
      warnings.push(
        planWarning(
          { rowId: row.rowId, kind: 'cannot_fit', field: 'dueDate' },
          {
            key: 'plan.nonWorkingDue',
            params: {
              summary: row.summary,
              due: row.dueDate,
              holiday: isHoliday(row.dueDate, calendar),
              milestone: row.kind === 'milestone',
              calendar,
            },
          },
        ),
      );
    }

    const milestone = row.kind === 'task' && row.parentRowId ? byId.get(row.parentRowId) : undefined;
    if (milestone && row.dueDate > milestone.dueDate) {
      warnings.push(
        planWarning(
          { rowId: row.rowId, kind: 'after_milestone', field: 'dueDate' },
          {
            key: 'plan.afterMilestone',
            params: { summary: row.summary, due: row.dueDate, milestone: milestone.summary, milestoneDue: milestone.dueDate },
          },
        ),
      );
    }

    for (const dep of row.dependsOn) {
      const pred = byId.get(dep.rowId);
      if (!pred || settled.has(pred.rowId)) continue;
      const earliest = addBusinessDays(pred.dueDate, 1 + dep.lagBusinessDays, calendar);
      if (row.startDate >= earliest) continue;
      warnings.push(dependencyWarning(row, pred, { lag: dep.lagBusinessDays, earliest }, { own: milestone, byId }));
    }

    if (!settled.has(row.rowId) && row.startDate < today) {
      warnings.push(
        planWarning(
          { rowId: row.rowId, kind: 'in_past', field: 'startDate' },
          row.kind === 'milestone'
            ? { key: 'plan.inPastMilestone', params: { summary: row.summary, due: row.dueDate, today } }
            : { key: 'plan.inPastTask', params: { summary: row.summary, start: row.startDate, due: row.dueDate, today } },
        ),
      );
    }
  }

  const open = rows.filter((r) => !settled.has(r.rowId));
  const earliestStart = open.reduce<IsoDate | undefined>(
    (min, r) => (min === undefined || r.startDate < min ? r.startDate : min),
    undefined,
  );
  if (earliestStart && earliestStart < today) {
    // Counted up to the first working day from today: starting on a weekend does not help.
    const short = businessDaysBetween(earliestStart, businessDayOnOrAfter(today, calendar), calendar);
    warnings.push(
      planWarning({ kind: 'cannot_fit', field: 'launchDate' }, { key: 'plan.doesNotFit', params: { earliestStart, days: short, today } }),
    );
  }
  return warnings;
}
