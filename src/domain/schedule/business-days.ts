import { addDays, differenceInCalendarDays, isWeekend } from 'date-fns';
import type { HolidayCalendar, IsoDate } from '../model';
import { holidaySet, toDate, toIso } from './holidays';

export const isHoliday = (date: IsoDate, calendar: HolidayCalendar): boolean => holidaySet(Number(date.slice(0, 4)), calendar).has(date);

/** Monday to Friday and not a public holiday of the calendar. */
export const isBusinessDay = (date: IsoDate, calendar: HolidayCalendar): boolean => !isWeekend(toDate(date)) && !isHoliday(date, calendar);

/**
 * The n-th business day after `date` (n > 0) or before it (n < 0); `date` itself is never counted.
 * n = 0 returns `date` unchanged, even when it is not a business day: callers that need a working day use
 * `businessDayOnOrBefore` / `businessDayOnOrAfter` explicitly, so no date is ever moved silently.
 */
export function addBusinessDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new Error(`addBusinessDays: n must be a whole number, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = toDate(date);
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (isBusinessDay(toIso(day), calendar)) left -= 1;
  }
  return toIso(day);
}

/**
 * Signed count of business days from `from` to `to`: business days d with from < d ≤ to (positive), or
 * to ≤ d < from (negative). So `addBusinessDays(from, businessDaysBetween(from, to))` is `to` whenever `to` is a
 * business day (or equals `from`).
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  const span = differenceInCalendarDays(toDate(to), toDate(from));
  const step = span < 0 ? -1 : 1;
  let count = 0;
  let day = toDate(from);
  for (let i = 0; i < Math.abs(span); i += 1) {
    day = addDays(day, step);
    if (isBusinessDay(toIso(day), calendar)) count += 1;
  }
  return step * count;
}

export const businessDayOnOrBefore = (date: IsoDate, calendar: HolidayCalendar): IsoDate =>
  isBusinessDay(date, calendar) ? date : addBusinessDays(date, -1, calendar);

export const businessDayOnOrAfter = (date: IsoDate, calendar: HolidayCalendar): IsoDate =>
  isBusinessDay(date, calendar) ? date : addBusinessDays(date, 1, calendar);

export const addCalendarDays = (date: IsoDate, days: number): IsoDate => toIso(addDays(toDate(date), days));
