import { BusinessCalendar } from '../metrics/business-calendar';
import type { HolidayCalendar, IsoDate } from '../model';

/**
 * Business days from today, numbered 0, 1, 2…: day 0 is today when it is a working day, else the next one. Time in
 * the forecast is continuous on this grid (3.5 = midday of day 3), so half-day tasks chain without rounding.
 */
export class DayGrid {
  private readonly days: BusinessCalendar;
  private readonly dates: IsoDate[] = [];

  constructor(
    calendar: HolidayCalendar,
    readonly today: IsoDate,
  ) {
    this.days = new BusinessCalendar(calendar);
  }

  /** The date of day `index` (0-based). */
  date(index: number): IsoDate {
    while (this.dates.length <= index) this.dates.push(this.days.finish(this.today, this.dates.length + 1));
    return this.dates[index] ?? this.today;
  }

  /** The date work ending at continuous time `t` is done: the day it ends in (t = 0: today). */
  dateAt(t: number): IsoDate {
    return t <= 0 ? this.today : this.date(Math.ceil(t) - 1);
  }

  /** How many grid days fall on or before `date`. */
  countThrough(date: IsoDate): number {
    return date < this.today ? 0 : this.days.between(this.today, date) + (this.days.isBusinessDay(this.today) ? 1 : 0);
  }

  /** The first day index on or after `date` (0 for today and earlier). */
  indexOf(date: IsoDate): number {
    return date <= this.today ? 0 : this.countThrough(date) - (this.days.isBusinessDay(date) ? 1 : 0);
  }

  /** The grid days of [from, to], both ends included: first index and one past the last. */
  span(from: IsoDate, to: IsoDate): [number, number] {
    const start = this.indexOf(from);
    return [start, Math.max(start, this.countThrough(to))];
  }
}
