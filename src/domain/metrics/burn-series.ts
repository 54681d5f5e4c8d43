import { differenceInCalendarDays } from 'date-fns';
import type { BurnPoint } from '../../contracts/campaign-panel';
import type { HolidayCalendar, IsoDate } from '../model';
import { addCalendarDays, isBusinessDay } from '../schedule/business-days';
import { toDate } from '../schedule/holidays';
import { round2, type CampaignIssue } from './issue-costs';
import { mustAt } from '../invariant';

/** Longer campaigns get one point every few days so the chart stays light. */
const MAX_POINTS = 184;

const add = (map: Map<IsoDate, number>, day: IsoDate, amount: number): void => {
  if (amount !== 0) map.set(day, (map.get(day) ?? 0) + amount);
};
const days = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(toDate(to), toDate(from));

/** Planned cost spread evenly over the business days from the row's start to the due date (all on the due date when there are none). */
function spreadPlanned(planned: Map<IsoDate, number>, item: CampaignIssue, fallbackDay: IsoDate, calendar: HolidayCalendar): void {
  if (item.planned === 0) return;
  const due = item.dueDate ?? fallbackDay;
  const start = item.row?.startDate;
  const workDays: IsoDate[] = [];
  if (start && start < due) for (let d = start; d <= due; d = addCalendarDays(d, 1)) if (isBusinessDay(d, calendar)) workDays.push(d);
  if (workDays.length === 0) add(planned, due, item.planned);
  else for (const d of workDays) add(planned, d, item.planned / workDays.length);
}

/** The calendar day of an ISO datetime (`2026-11-03T10:00:00.000+0100` → `2026-11-03`). */
const dayOf = (isoDateTime: string): IsoDate => isoDateTime.slice(0, 10);

/** When an issue's spend counts: its resolution day once done, else today. */
const spendDay = (item: CampaignIssue, today: IsoDate): IsoDate => (item.done && item.issue.resolved ? dayOf(item.issue.resolved) : today);

function sampleDates(start: IsoDate, end: IsoDate, today: IsoDate): IsoDate[] {
  const span = days(start, end);
  const step = Math.max(1, Math.ceil(span / MAX_POINTS));
  const dates = new Set<IsoDate>();
  for (let i = 0; i <= span; i += step) dates.add(addCalendarDays(start, i));
  dates.add(end);
  if (today > start && today < end) dates.add(today);
  return [...dates].sort();
}

function cumulativeAt(dates: readonly IsoDate[], increments: Map<IsoDate, number>): number[] {
  const byDay = [...increments].sort(([a], [b]) => (a < b ? -1 : 1));
  let k = 0;
  let sum = 0;
  return dates.map((d) => {
    for (let next = byDay[k]; next && next[0] <= d; next = byDay[k]) {
      sum += next[1];
      k += 1;
    }
    return round2(sum);
  });
}

export interface SeriesInput {
  items: readonly CampaignIssue[];
  today: IsoDate;
  calendar: HolidayCalendar;
  launchDate: IsoDate;
  actual: number;
  forecastAtCompletion: number | null;
  /** Spend that belongs to no issue (imported channel spend), by day. */
  extraActual?: readonly { date: IsoDate; amount: number }[];
}

/**
 * Cumulative planned, actual and forecast spend over the campaign's dates: from its first planned start (or first
 * spend) to its last due date (or last spend). Actual stops at today; the forecast runs linearly from today's
 * actual spend to the forecast at completion on the last due date.
 */
export function burnSeries(input: SeriesInput): BurnPoint[] {
  const { items, today, calendar } = input;
  const starts: IsoDate[] = [input.launchDate];
  const ends: IsoDate[] = [input.launchDate];
  for (const item of items) {
    if (item.row) starts.push(item.row.startDate);
    if (item.dueDate) ends.push(item.dueDate);
    if (item.actual > 0) {
      starts.push(spendDay(item, today));
      ends.push(spendDay(item, today));
    }
  }
  for (const e of input.extraActual ?? []) {
    starts.push(e.date);
    ends.push(e.date);
  }
  const start = starts.reduce((a, b) => (b < a ? b : a));
  const lastDue = items.reduce((max, i) => (i.dueDate && i.dueDate > max ? i.dueDate : max), input.launchDate);
  const end = ends.reduce((a, b) => (b > a ? b : a));

  const planned = new Map<IsoDate, number>();
  const actual = new Map<IsoDate, number>();
  for (const item of items) {
    spreadPlanned(planned, item, lastDue, calendar);
    if (item.actual > 0) add(actual, spendDay(item, today), item.actual);
  }
  for (const e of input.extraActual ?? []) add(actual, e.date, e.amount);
  const dates = sampleDates(start, end, today);
  const plannedCum = cumulativeAt(dates, planned);
  const actualCum = cumulativeAt(dates, actual);
  const eac = input.forecastAtCompletion;
  const forecastSpan = days(today, lastDue);
  return dates.map((date, i) => ({
    date,
    plannedCumulative: mustAt(plannedCum, i, 'planned cumulative'),
    actualCumulative: date <= today ? mustAt(actualCum, i, 'actual cumulative') : null,
    forecastCumulative:
      eac !== null && forecastSpan > 0 && date >= today && date <= lastDue
        ? round2(input.actual + ((eac - input.actual) * days(today, date)) / forecastSpan)
        : null,
  }));
}
