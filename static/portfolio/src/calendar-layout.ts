/** The calendar's periods and positions, on ISO calendar days in UTC (never shifted by a time zone). Pure. */

export type CalendarView = 'month' | 'quarter';

const DAY_MS = 86_400_000;
const toMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => toIso(toMs(iso) + days * DAY_MS);
export const daysBetween = (a: string, b: string): number => Math.round((toMs(b) - toMs(a)) / DAY_MS);

export interface Period {
  view: CalendarView;
  /** First day of the period. */
  start: string;
  /** First day after the period. */
  end: string;
  days: number;
  /** The month (1–12) of the start and its year, and the quarter (1–4). */
  year: number;
  month: number;
  quarter: number;
}

/** The month or the quarter holding `iso`. */
export function periodOf(view: CalendarView, iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const firstMonth = view === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const start = toIso(Date.UTC(year, firstMonth - 1, 1));
  const end = toIso(Date.UTC(year, firstMonth - 1 + (view === 'month' ? 1 : 3), 1));
  return { view, start, end, days: daysBetween(start, end), year, month: firstMonth, quarter: Math.floor((firstMonth - 1) / 3) + 1 };
}

/** The period `steps` periods after `period` (before when negative). */
export function shiftPeriod(period: Period, steps: number): Period {
  const months = (period.view === 'month' ? 1 : 3) * steps;
  return periodOf(period.view, toIso(Date.UTC(period.year, period.month - 1 + months, 1)));
}

/** Where `iso` falls in the period, from 0 (its first day's start) to 1 (the end); outside the period it is clamped. */
export const fractionOf = (period: Period, iso: string): number => Math.min(1, Math.max(0, daysBetween(period.start, iso) / period.days));

export const inPeriod = (period: Period, iso: string): boolean => iso >= period.start && iso < period.end;

/**
 * The part of a campaign's span (first work → launch, the launch day included) inside the period, as fractions;
 * `before` / `after` when the whole span lies outside it.
 */
export function spanIn(
  period: Period,
  from: string | null,
  launch: string,
): { kind: 'in'; left: number; width: number } | { kind: 'before' } | { kind: 'after' } {
  const first = from && from < launch ? from : launch;
  const last = addDays(launch, 1);
  if (last <= period.start) return { kind: 'before' };
  if (first >= period.end) return { kind: 'after' };
  const left = fractionOf(period, first);
  return { kind: 'in', left, width: Math.max(fractionOf(period, last) - left, 1 / period.days) };
}

/** The header's marks: each day of a month, or the first day of each week (Monday) and month of a quarter. */
export function ticksOf(period: Period): { iso: string; major: boolean }[] {
  const ticks: { iso: string; major: boolean }[] = [];
  for (let d = period.start; d < period.end; d = addDays(d, 1)) {
    const isMonthStart = d.slice(8) === '01';
    if (period.view === 'month') ticks.push({ iso: d, major: new Date(toMs(d)).getUTCDay() === 1 || isMonthStart });
    else if (isMonthStart || new Date(toMs(d)).getUTCDay() === 1) ticks.push({ iso: d, major: isMonthStart });
  }
  return ticks;
}

/** The day a drag of `dx` pixels moves `iso` to, on a track `width` pixels wide for the period. */
export const dragTarget = (period: Period, iso: string, dx: number, width: number): string =>
  width <= 0 ? iso : addDays(iso, Math.round((dx / width) * period.days));
