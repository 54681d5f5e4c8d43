import type { HolidayCalendar, IsoDate } from '../model';
import { addBusinessDays, businessDayOnOrBefore } from '../schedule/business-days';
import { mustAt } from '../invariant';

/** Below this many resolved items in the window, history says too little and the forecast uses estimates. */
export const MIN_HISTORY_ITEMS = 10;
export const HISTORY_WINDOW_BUSINESS_DAYS = 60;

export interface ThroughputHistory {
  /** Items done on each business day of the window, oldest first (one entry per business day). */
  perDay: number[];
  /** Items done in the window. */
  items: number;
  /** True when there is enough history to forecast from. */
  usable: boolean;
}

/**
 * The team's throughput over the `windowBusinessDays` business days before today (today is not over yet).
 * Items resolved on a weekend or holiday count on the business day before.
 */
export function throughputHistory(
  resolvedDays: readonly IsoDate[],
  today: IsoDate,
  calendar: HolidayCalendar,
  windowBusinessDays = HISTORY_WINDOW_BUSINESS_DAYS,
): ThroughputHistory {
  const days: IsoDate[] = [];
  for (let d = addBusinessDays(today, -1, calendar); days.length < windowBusinessDays; d = addBusinessDays(d, -1, calendar))
    days.unshift(d);
  const index = new Map(days.map((d, i) => [d, i]));
  const perDay = days.map(() => 0);
  for (const day of resolvedDays) {
    const i = index.get(businessDayOnOrBefore(day, calendar));
    if (i !== undefined) perDay[i] = mustAt(perDay, i, 'day count') + 1;
  }
  const items = perDay.reduce((s, n) => s + n, 0);
  return { perDay, items, usable: items >= MIN_HISTORY_ITEMS };
}
