import type { DayGrid } from './day-grid';
import type { PersonCapacity } from './model';

const EPS = 1e-9;
/** Beyond ~10 years of work a forecast says nothing useful: work is reported at this horizon. */
export const HORIZON_DAYS = 2600;

/** Where a piece of work lands on a person's days, without committing it. */
export interface Placement {
  start: number;
  finish: number;
  /** True when the person's other work or time off pushed the start past the earliest time. */
  delayed: boolean;
}

/**
 * One person's capacity and use, day by day on the grid. Work fills the person's free capacity from its earliest
 * start on (a task may share a day with another one, as people do), so a 50 % person takes twice as long and a
 * day off moves everything after it. The day's used part is taken to lie at its start.
 */
export class PersonTimeline {
  private readonly capacity: Float64Array;
  private readonly used: Float64Array;
  /** Index of the activity that last took capacity on each day (-1: none): what a delayed task waited for. */
  private readonly lastUser: Int32Array;
  /** Every day before this one is full or off: searches start here (a busy person's early days stay full). */
  private firstFree = 0;

  constructor(person: PersonCapacity, grid: DayGrid, horizon = HORIZON_DAYS) {
    const perDay = Math.max(0, Math.min(1, person.availability)) * (1 - Math.max(0, Math.min(1, person.reserved)));
    this.capacity = new Float64Array(horizon).fill(perDay);
    for (const off of person.timeOff) {
      const [from, to] = grid.span(off.from, off.to);
      this.capacity.fill(0, Math.min(from, horizon), Math.min(to, horizon));
    }
    this.used = new Float64Array(horizon);
    this.lastUser = new Int32Array(horizon).fill(-1);
  }

  reset(): void {
    this.used.fill(0);
    this.lastUser.fill(-1);
    this.firstFree = 0;
  }

  private skipFullDays(): void {
    while (this.firstFree < this.used.length && (this.capacity[this.firstFree] ?? 0) - (this.used[this.firstFree] ?? 0) <= EPS)
      this.firstFree += 1;
  }

  /**
   * What held work back from `earliest` to `start`: the activity that last took this person's capacity in that
   * span, or -1 when the days in between were time off.
   */
  blockerBetween(earliest: number, start: number): number {
    for (let d = Math.min(Math.floor(start), this.used.length - 1); d >= Math.floor(earliest); d -= 1) {
      const user = this.lastUser[d] ?? -1;
      if (user >= 0) return user;
    }
    return -1;
  }

  /** Where `work` person-days starting no earlier than `earliest` would land; commits it when `owner` is given. */
  place(earliest: number, work: number, owner?: number): Placement {
    const horizon = this.used.length;
    let day = Math.max(Math.floor(earliest), this.firstFree);
    let remaining = work;
    let start = -1;
    for (; day < horizon; day += 1) {
      const cap = this.capacity[day] ?? 0;
      const usedBefore = this.used[day] ?? 0;
      if (cap - usedBefore <= EPS) continue;
      // Within the day, the free part begins after what is used and not before `earliest`.
      const from = Math.max(day === Math.floor(earliest) ? earliest - day : 0, usedBefore / cap);
      const take = Math.min(remaining, (1 - from) * cap);
      if (take <= EPS) continue;
      if (start < 0) start = day + from;
      remaining -= take;
      if (owner !== undefined) {
        this.used[day] = usedBefore + take;
        this.lastUser[day] = owner;
      }
      if (remaining <= EPS) {
        if (owner !== undefined) this.skipFullDays();
        return { start, finish: day + from + take / cap, delayed: start > earliest + EPS };
      }
    }
    return { start: start < 0 ? horizon : start, finish: horizon, delayed: true };
  }
}
