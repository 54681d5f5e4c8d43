import { addDays, format, getDay, lastDayOfMonth, subDays } from 'date-fns';
import type { HolidayCalendar, IsoDate } from '../model';

/** A local-midnight Date for a calendar day; only ever used for calendar arithmetic, never for time zones. */
export const toDate = (iso: IsoDate): Date => {
  // A malformed date stays an Invalid Date (NaN parts), as `new Date` makes of any unreadable part.
  const [y = NaN, m = NaN, d = NaN] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
export const toIso = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

/** Easter Sunday (Gregorian), anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

function frenchHolidays(year: number): Date[] {
  const easter = easterSunday(year);
  return [
    new Date(year, 0, 1),
    addDays(easter, 1), // Easter Monday
    new Date(year, 4, 1),
    new Date(year, 4, 8),
    addDays(easter, 39), // Ascension Thursday
    addDays(easter, 50), // Whit Monday
    new Date(year, 6, 14),
    new Date(year, 7, 15),
    new Date(year, 10, 1),
    new Date(year, 10, 11),
    new Date(year, 11, 25),
  ];
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  const first = new Date(year, month, 1);
  const shift = (weekday - getDay(first) + 7) % 7;
  return new Date(year, month, 1 + shift + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = lastDayOfMonth(new Date(year, month, 1));
  return subDays(last, (getDay(last) - weekday + 7) % 7);
}

/** Federal rule: a Saturday holiday is observed the Friday before, a Sunday one the Monday after. */
function observed(date: Date): Date {
  const dow = getDay(date);
  if (dow === 6) return subDays(date, 1);
  if (dow === 0) return addDays(date, 1);
  return date;
}

function usFixedHolidays(year: number): Date[] {
  return [new Date(year, 0, 1), new Date(year, 5, 19), new Date(year, 6, 4), new Date(year, 10, 11), new Date(year, 11, 25)];
}

function usHolidays(year: number): Date[] {
  const floating = [
    nthWeekday(year, 0, 1, 3), // Martin Luther King Jr. Day: 3rd Monday of January
    nthWeekday(year, 1, 1, 3), // Washington's Birthday: 3rd Monday of February
    lastWeekday(year, 4, 1), // Memorial Day: last Monday of May
    nthWeekday(year, 8, 1, 1), // Labor Day: 1st Monday of September
    nthWeekday(year, 9, 1, 2), // Columbus Day: 2nd Monday of October
    nthWeekday(year, 10, 4, 4), // Thanksgiving: 4th Thursday of November
  ];
  // Next year's New Year's Day falls on Dec 31 of this year when it is a Saturday.
  const fixed = [...usFixedHolidays(year), new Date(year + 1, 0, 1)].map(observed).filter((d) => d.getFullYear() === year);
  return [...floating, ...fixed];
}

const cache = new Map<string, ReadonlySet<IsoDate>>();

/**
 * Public holidays that are days off in `year`, sorted. US dates are the *observed* days off (a holiday on a weekend
 * moves to the adjacent Friday/Monday; New Year's Day on a Saturday is observed on Dec 31 of the year before).
 */
export function holidaysFor(year: number, calendar: HolidayCalendar): IsoDate[] {
  return [...holidaySet(year, calendar)].sort();
}

export function holidaySet(year: number, calendar: HolidayCalendar): ReadonlySet<IsoDate> {
  const key = `${calendar}:${year}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set((calendar === 'FR' ? frenchHolidays(year) : usHolidays(year)).map(toIso));
    cache.set(key, set);
  }
  return set;
}
