import type { HolidayCalendar, IsoDate } from '../model';
import { holidaySet } from '../schedule/holidays';
import { mustAt } from '../invariant';

const DAY_MS = 86_400_000;
const toUtc = (iso: IsoDate): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
/** Weekdays among Monday-based day indices [0, x). Day 0 of the Unix epoch (1970-01-01) was a Thursday: index 3. */
const weekdaysBefore = (x: number): number => Math.floor(x / 7) * 5 + Math.min(x % 7, 5);
const dayNumber = (ms: number): number => Math.round(ms / DAY_MS) + 3;

/**
 * The same business-day arithmetic as `schedule/business-days`, on UTC milliseconds instead of date-fns formatting:
 * forecasts walk hundreds of days per milestone, and this keeps a 5,000-issue panel well under 100 ms.
 */
export class BusinessCalendar {
  /** Business days from `forwardFrom` on (the first is the first working day on or after it), grown on demand. */
  private forward: IsoDate[] = [];
  private forwardFrom: IsoDate | null = null;

  constructor(private readonly calendar: HolidayCalendar) {}

  private isBusinessMs(ms: number): boolean {
    const date = new Date(ms);
    const dow = date.getUTCDay();
    return dow !== 0 && dow !== 6 && !holidaySet(date.getUTCFullYear(), this.calendar).has(isoOf(ms));
  }

  isBusinessDay(date: IsoDate): boolean {
    return this.isBusinessMs(toUtc(date));
  }

  /** Like `addBusinessDays`: the n-th business day after (n > 0) or before (n < 0) `date`, which is never counted. */
  add(date: IsoDate, n: number): IsoDate {
    const step = n < 0 ? -DAY_MS : DAY_MS;
    let ms = toUtc(date);
    for (let left = Math.abs(n); left > 0;) {
      ms += step;
      if (this.isBusinessMs(ms)) left -= 1;
    }
    return isoOf(ms);
  }

  /** Like `businessDaysBetween`: business days d with from < d ≤ to, negative when `to` is before `from`. Counted, not walked. */
  between(from: IsoDate, to: IsoDate): number {
    // Backwards the range is to ≤ d < from: shift both ends of the forward count (to < d ≤ from) by one day.
    if (to < from) return -(this.between(to, from) + Number(this.isBusinessDay(to)) - Number(this.isBusinessDay(from)));
    const a = toUtc(from);
    const b = toUtc(to);
    let count = weekdaysBefore(dayNumber(b) + 1) - weekdaysBefore(dayNumber(a) + 1);
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
      for (const holiday of holidaySet(year, this.calendar)) {
        const ms = toUtc(holiday);
        const dow = new Date(ms).getUTCDay();
        if (ms > a && ms <= b && dow !== 0 && dow !== 6) count -= 1;
      }
    }
    return count;
  }

  onOrAfter(date: IsoDate): IsoDate {
    return this.isBusinessDay(date) ? date : this.add(date, 1);
  }

  /** Business days `dueDate` has passed by; 0 when not passed (so not yet late on the weekend after a Friday). */
  overdue(dueDate: IsoDate, today: IsoDate): number {
    return dueDate < today ? this.between(dueDate, today) : 0;
  }

  /** The day work ends after `days` business days starting today (today counts when it is a working day); 0 = today. */
  finish(today: IsoDate, days: number): IsoDate {
    const whole = Math.ceil(days);
    if (whole <= 0) return today;
    if (this.forwardFrom !== today) {
      this.forwardFrom = today;
      this.forward = [this.onOrAfter(today)];
    }
    const forward = this.forward;
    while (forward.length < whole) forward.push(this.add(mustAt(forward, forward.length - 1, 'business day'), 1));
    return mustAt(forward, whole - 1, 'business day');
  }
}
