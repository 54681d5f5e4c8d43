import type { HolidayCalendar, IsoDate, PlanWarning } from '../model';
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

const label = (row: DatedRow): string => `'${row.summary}' (${row.rowId})`;

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
      const why = isHoliday(row.dueDate, calendar) ? `a public holiday in the ${calendar} calendar` : 'a weekend day';
      const kept =
        row.kind === 'milestone'
          ? 'the date is kept as planned; move it or the launch date if nobody works that day'
          : 'move it to a working day';
      warnings.push({
        rowId: row.rowId,
        kind: 'cannot_fit',
        field: 'dueDate',
        message: `${label(row)} is due on ${row.dueDate}, ${why}: ${kept}`,
      });
    }

    const milestone = row.kind === 'task' && row.parentRowId ? byId.get(row.parentRowId) : undefined;
    if (milestone && row.dueDate > milestone.dueDate) {
      warnings.push({
        rowId: row.rowId,
        kind: 'after_milestone',
        field: 'dueDate',
        message: `${label(row)} is due ${row.dueDate}, after its milestone ${label(milestone)} on ${milestone.dueDate}`,
      });
    }

    for (const dep of row.dependsOn) {
      const pred = byId.get(dep.rowId);
      if (!pred || settled.has(pred.rowId)) continue;
      const earliest = addBusinessDays(pred.dueDate, 1 + dep.lagBusinessDays, calendar);
      if (row.startDate >= earliest) continue;
      const predMilestone = pred.parentRowId ? byId.get(pred.parentRowId) : undefined;
      const ownMilestone = milestone;
      const reason =
        predMilestone && ownMilestone && predMilestone.dueDate > ownMilestone.dueDate
          ? `; it waits for a task of a later milestone (${label(predMilestone)} on ${predMilestone.dueDate}), which cannot be honoured before its own milestone on ${ownMilestone.dueDate}`
          : '';
      warnings.push({
        rowId: row.rowId,
        kind: 'dependency_violated',
        field: 'startDate',
        message: `${label(row)} starts ${row.startDate} but must wait for ${label(pred)} due ${pred.dueDate} plus ${dep.lagBusinessDays} business day(s) of lag: earliest start ${earliest}${reason}`,
      });
    }

    if (!settled.has(row.rowId) && row.startDate < today) {
      const what = row.kind === 'milestone' ? `is due ${row.dueDate}` : `would have to start ${row.startDate} (due ${row.dueDate})`;
      warnings.push({ rowId: row.rowId, kind: 'in_past', field: 'startDate', message: `${label(row)} ${what}, before today ${today}` });
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
    warnings.push({
      kind: 'cannot_fit',
      field: 'launchDate',
      message: `The plan does not fit: its earliest work starts ${earliestStart}, ${short} business day(s) before today ${today}. Move the launch date later by at least ${short} business day(s) or shorten the plan.`,
    });
  }
  return warnings;
}
