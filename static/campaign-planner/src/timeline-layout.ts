import { addDays, daysBetween } from './format';
import type { PlanRow } from './types';

export interface TimelineLine {
  row: PlanRow;
  /** Position and length as fractions of the timeline's width. */
  left: number;
  width: number;
}

export interface TimelineLayout {
  start: string;
  end: string;
  lines: TimelineLine[];
  /** First day of each month in range, with its position. */
  months: { iso: string; pos: number }[];
  launchPos: number;
  /** Absent when today is too far from the plan to draw without squashing it. */
  todayPos?: number;
}

const PAD_DAYS = 4;
/** Today is drawn when it is at most this far before the plan's first day. */
const TODAY_REACH_DAYS = 180;

/** Milestones by date, each followed by its tasks by start date; tasks without a milestone come last. */
export function groupRows(rows: PlanRow[]): PlanRow[] {
  const byDate = (a: PlanRow, b: PlanRow): number => a.dueDate.localeCompare(b.dueDate) || a.startDate.localeCompare(b.startDate);
  const byStart = (a: PlanRow, b: PlanRow): number => a.startDate.localeCompare(b.startDate) || a.dueDate.localeCompare(b.dueDate);
  const milestones = rows.filter((r) => r.kind === 'milestone').sort(byDate);
  const milestoneIds = new Set(milestones.map((m) => m.rowId));
  const out: PlanRow[] = [];
  for (const m of milestones) out.push(m, ...rows.filter((r) => r.kind === 'task' && r.parentRowId === m.rowId).sort(byStart));
  out.push(...rows.filter((r) => r.kind === 'task' && !(r.parentRowId && milestoneIds.has(r.parentRowId))).sort(byStart));
  return out;
}

export function layoutTimeline(rows: PlanRow[], launchDate: string, today: string): TimelineLayout {
  const dates = rows.flatMap((r) => [r.startDate, r.dueDate]).concat(launchDate);
  let first = dates.reduce((a, b) => (b < a ? b : a));
  const last = dates.reduce((a, b) => (b > a ? b : a));
  const todayFits = today <= last && daysBetween(today, first) <= TODAY_REACH_DAYS;
  if (todayFits && today < first) first = today;
  const start = addDays(first, -PAD_DAYS);
  const end = addDays(last, PAD_DAYS);
  const span = Math.max(1, daysBetween(start, end));
  const pos = (iso: string): number => daysBetween(start, iso) / span;
  // Days are cells: a bar covers its due day too, and a milestone, today and launch sit in the middle of theirs.
  const mid = (iso: string): number => pos(iso) + 0.5 / span;
  const lines = groupRows(rows).map((row) =>
    row.kind === 'milestone'
      ? { row, left: mid(row.dueDate), width: 0 }
      : { row, left: pos(row.startDate), width: Math.max(1, daysBetween(row.startDate, row.dueDate) + 1) / span },
  );
  const months: { iso: string; pos: number }[] = [];
  for (let m = `${start.slice(0, 7)}-01`; m <= end; m = addDays(m, 32).slice(0, 7) + '-01') {
    if (m >= start) months.push({ iso: m, pos: pos(m) });
  }
  return { start, end, lines, months, launchPos: mid(launchDate), todayPos: todayFits ? mid(today) : undefined };
}
