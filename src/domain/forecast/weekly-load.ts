import { BusinessCalendar } from '../metrics/business-calendar';
import type { HolidayCalendar, IsoDate } from '../model';
import { DEFAULT_CAPACITY, type Activity, type PersonCapacity } from './model';

/** Load above this share of capacity is at risk; above 1 the person is over-allocated. */
export const AT_RISK_LOAD = 0.85;

export interface PersonWeekLoad {
  accountId: string;
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  /** Person-days of open work planned in the week, every campaign together. */
  demandDays: number;
  /** Person-days the person can give that week (availability, reserved share and time off applied). */
  capacityDays: number;
  /** demand ÷ capacity; Infinity when work is planned in a week with no capacity at all. */
  ratio: number;
  level: 'ok' | 'at_risk' | 'over';
  /** Campaigns (epic keys) with work in the week, so a conflict says which campaigns collide. */
  campaigns: string[];
}

export interface LoadInput {
  activities: readonly Activity[];
  people: readonly PersonCapacity[];
  calendar: HolidayCalendar;
  today: IsoDate;
  /** Weeks from today's week on to look at. */
  weeks: number;
}

const DAY_MS = 86_400_000;
const isoOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: IsoDate): number => Date.parse(`${iso}T00:00:00Z`);
const mondayOf = (iso: IsoDate): IsoDate => {
  const ms = msOf(iso);
  return isoOf(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
};

/** The business days of [from, to] from today on (an overdue task's work all falls on the first business day). */
function workDays(days: BusinessCalendar, from: IsoDate, to: IsoDate, today: IsoDate): IsoDate[] {
  const first = days.onOrAfter(from < today ? today : from);
  const last = to < first ? first : to;
  const out: IsoDate[] = [];
  for (let d = first; d <= last; d = days.add(d, 1)) out.push(d);
  return out;
}

const off = (person: PersonCapacity, date: IsoDate): boolean => person.timeOff.some((t) => t.from <= date && date <= t.to);

/** One open task's share of a person's week: its remaining work spread evenly over its planned business days. */
export interface LoadContribution {
  accountId: string;
  weekStart: IsoDate;
  /** The activity's key and its campaign (epic key). */
  key: string;
  campaign: string;
  /** Person-days of the task's remaining work falling in that week (unrounded). */
  days: number;
}

/**
 * Every open task's load per person and week within the horizon: an open task's remaining work spread evenly over
 * its planned business days (start to due, from today on), one entry per task and week.
 */
export function loadContributions(input: LoadInput): LoadContribution[] {
  const days = new BusinessCalendar(input.calendar);
  const horizonEnd = isoOf(msOf(mondayOf(input.today)) + input.weeks * 7 * DAY_MS);
  const out: LoadContribution[] = [];
  for (const a of input.activities) {
    if (a.done || a.kind !== 'task' || a.workDays <= 0 || !a.assignee || !a.dueDate) continue;
    const span = workDays(days, a.start ?? a.dueDate, a.dueDate, input.today).filter((d) => d < horizonEnd);
    const perDay = a.workDays / Math.max(1, span.length);
    const byWeek = new Map<IsoDate, number>();
    for (const d of span) byWeek.set(mondayOf(d), (byWeek.get(mondayOf(d)) ?? 0) + perDay);
    for (const [weekStart, share] of byWeek) out.push({ accountId: a.assignee, weekStart, key: a.key, campaign: a.campaign, days: share });
  }
  return out;
}

/** Person-days someone can give in the week starting `weekStart` (availability, reserved share, time off; from today on). */
export function capacityDaysOf(person: PersonCapacity, weekStart: IsoDate, calendar: HolidayCalendar, today: IsoDate): number {
  const days = new BusinessCalendar(calendar);
  const perDay = person.availability * (1 - person.reserved);
  let capacity = 0;
  for (let d = 0; d < 5; d += 1) {
    const date = isoOf(msOf(weekStart) + d * DAY_MS);
    if (date >= today && days.isBusinessDay(date) && !off(person, date)) capacity += perDay;
  }
  return capacity;
}

/** Load against capacity: above 1 over-allocated, above `AT_RISK_LOAD` at risk. */
export const loadLevel = (ratio: number): PersonWeekLoad['level'] => (ratio > 1 + 1e-9 ? 'over' : ratio > AT_RISK_LOAD ? 'at_risk' : 'ok');

/** The Monday of a date's ISO week, and the Mondays of the `weeks` weeks from today's on. */
export const weekOf = mondayOf;
export const horizonWeeks = (today: IsoDate, weeks: number): IsoDate[] =>
  Array.from({ length: weeks }, (_, i) => isoOf(msOf(mondayOf(today)) + i * 7 * DAY_MS));

/**
 * Each person's planned load week by week across every campaign: an open task's remaining work spread evenly over
 * its planned business days (start to due), against what the person can give. Unlike the forecast, which moves
 * work until it fits, this shows where the plans as they stand ask too much of someone.
 */
export function weeklyLoad(input: LoadInput): PersonWeekLoad[] {
  const settings = new Map(input.people.map((p) => [p.accountId, p]));
  const cells = new Map<string, { accountId: string; weekStart: IsoDate; demand: number; campaigns: Set<string> }>();
  for (const c of loadContributions(input)) {
    const key = `${c.accountId} ${c.weekStart}`;
    const cell = cells.get(key) ?? { accountId: c.accountId, weekStart: c.weekStart, demand: 0, campaigns: new Set<string>() };
    cell.demand += c.days;
    cell.campaigns.add(c.campaign);
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map((c) => {
      const person = settings.get(c.accountId) ?? { accountId: c.accountId, ...DEFAULT_CAPACITY };
      const capacity = capacityDaysOf(person, c.weekStart, input.calendar, input.today);
      const ratio = capacity > 0 ? c.demand / capacity : Number.POSITIVE_INFINITY;
      return {
        accountId: c.accountId,
        weekStart: c.weekStart,
        demandDays: Math.round(c.demand * 10) / 10,
        capacityDays: Math.round(capacity * 10) / 10,
        ratio: Number.isFinite(ratio) ? Math.round(ratio * 100) / 100 : ratio,
        level: loadLevel(ratio),
        campaigns: [...c.campaigns].sort(),
      };
    })
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.accountId.localeCompare(b.accountId));
}
