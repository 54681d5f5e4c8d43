import type { IsoDate } from '../model';
import { DEFAULT_CAPACITY } from './model';
import {
  capacityDaysOf,
  horizonWeeks,
  loadContributions,
  loadLevel,
  type LoadContribution,
  type LoadInput,
  type PersonWeekLoad,
} from './weekly-load';

/** One person-week of the portfolio's heatmap: every campaign's load against the person's capacity. */
export interface LoadCell {
  weekStart: IsoDate;
  /** Person-days, rounded to a tenth. */
  demandDays: number;
  capacityDays: number;
  /** demand ÷ capacity (two decimals); null when the person can give nothing that week. */
  ratio: number | null;
  level: PersonWeekLoad['level'];
  /** The tasks behind it, largest first (every campaign's: the caller decides what the reader may see). */
  contributions: LoadContribution[];
}

export interface PersonLoad {
  accountId: string;
  weeks: LoadCell[];
}

export interface TeamWeek {
  weekStart: IsoDate;
  demandDays: number;
  capacityDays: number;
  ratio: number | null;
}

export interface PortfolioLoad {
  weeks: IsoDate[];
  team: TeamWeek[];
  people: PersonLoad[];
}

const tenth = (n: number): number => Math.round(n * 10) / 10;
const ratioOf = (demand: number, capacity: number): number | null => (capacity > 0 ? Math.round((demand / capacity) * 100) / 100 : null);

function cellOf(weekStart: IsoDate, contributions: LoadContribution[], capacity: number): LoadCell {
  const demand = contributions.reduce((s, c) => s + c.days, 0);
  const level = capacity > 0 ? loadLevel(demand / capacity) : demand > 0 ? 'over' : 'ok';
  return {
    weekStart,
    demandDays: tenth(demand),
    capacityDays: tenth(capacity),
    ratio: ratioOf(demand, capacity),
    level,
    contributions: [...contributions].sort((a, b) => b.days - a.days || a.key.localeCompare(b.key)),
  };
}

/**
 * The portfolio's load, aggregate first: for the people with work in a campaign `counts` accepts (the campaigns the
 * reader may see), every week of the horizon with all of their work (every campaign's, since the same person does
 * it all) against their capacity, and the team's totals per week over those people. Same spreading and capacity as
 * `weeklyLoad`, so the heatmap, the planner's conflicts and the leveling agree.
 */
export function portfolioLoad(input: LoadInput & { counts: (campaign: string) => boolean }): PortfolioLoad {
  const weeks = horizonWeeks(input.today, input.weeks);
  const settings = new Map(input.people.map((p) => [p.accountId, p]));
  const byPerson = new Map<string, LoadContribution[]>();
  for (const c of loadContributions(input)) byPerson.set(c.accountId, [...(byPerson.get(c.accountId) ?? []), c]);
  const people: PersonLoad[] = [];
  for (const [accountId, list] of byPerson) {
    if (!list.some((c) => input.counts(c.campaign))) continue;
    const person = settings.get(accountId) ?? { accountId, ...DEFAULT_CAPACITY };
    people.push({
      accountId,
      weeks: weeks.map((w) =>
        cellOf(
          w,
          list.filter((c) => c.weekStart === w),
          capacityDaysOf(person, w, input.calendar, input.today),
        ),
      ),
    });
  }
  people.sort((a, b) => a.accountId.localeCompare(b.accountId));
  const team = weeks.map((weekStart, i): TeamWeek => {
    let demand = 0;
    let capacity = 0;
    for (const p of people) {
      const cell = p.weeks[i];
      if (!cell) continue;
      demand += cell.contributions.reduce((s, c) => s + c.days, 0);
      capacity += capacityDaysOf(
        settings.get(p.accountId) ?? { accountId: p.accountId, ...DEFAULT_CAPACITY },
        weekStart,
        input.calendar,
        input.today,
      );
    }
    return { weekStart, demandDays: tenth(demand), capacityDays: tenth(capacity), ratio: ratioOf(demand, capacity) };
  });
  return { weeks, team, people };
}
