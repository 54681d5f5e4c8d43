import { BusinessCalendar } from '../metrics/business-calendar';
import type { HolidayCalendar, IsoDate } from '../model';
import type { Activity, PersonCapacity } from './model';
import { CONFLICT_WEEKS } from './plan-conflicts';
import { weeklyLoad, type PersonWeekLoad } from './weekly-load';

/**
 * Leveling proposals for a plan that over-allocates someone (resource leveling, first within slack): for each person's
 * over-allocated week that involves the campaign, the smallest concrete change that relieves it, each with its effect
 * on the campaign's over-allocated weeks. In order of preference:
 *   1. move one of the campaign's tasks by N business days within its slack (its successors' start, its milestone's
 *      due date), so no date the campaign promised moves;
 *   2. reassign it to someone else of its role's pool who has room;
 *   3. as a last resort, move the whole campaign (its launch) by N business days.
 * Done work is never moved (it is not open work), and the launch moves only in the third kind, which the PM chooses.
 */
export type LevelingChange =
  | { kind: 'shift'; key: string; businessDays: number; dueDate: IsoDate }
  | { kind: 'reassign'; key: string; from: string; to: string }
  | { kind: 'move_launch'; businessDays: number };

export interface LevelingProposal {
  change: LevelingChange;
  /** The person-week it relieves. */
  accountId: string;
  weekStart: IsoDate;
  /** Over-allocated person-weeks with the campaign's work, before and after the change. */
  overBefore: number;
  overAfter: number;
}

export interface LevelingInput {
  campaign: string;
  /** Every campaign's open work (the campaign's own with planned `start` and `dueDate`). */
  activities: readonly Activity[];
  people: readonly PersonCapacity[];
  /** Role → the people who fill it: who a task may be reassigned to. */
  pools: Readonly<Record<string, readonly string[]>>;
  calendar: HolidayCalendar;
  today: IsoDate;
}

const MAX_SHIFT = 15;
const LAUNCH_STEPS = [5, 10, 15, 20, 30, 40];
const MAX_PROPOSALS = 6;
/** Worst weeks looked at: each costs a few load recomputations over every campaign, and the worst ones matter first. */
const MAX_CELLS = 12;

class Leveler {
  private readonly days: BusinessCalendar;
  private readonly own: Activity[];

  constructor(private readonly input: LevelingInput) {
    this.days = new BusinessCalendar(input.calendar);
    this.own = input.activities.filter((a) => a.campaign === input.campaign && !a.done);
  }

  /** The campaign's over-allocated person-weeks for a version of the activities. */
  over(activities: readonly Activity[]): PersonWeekLoad[] {
    const { people, calendar, today, campaign } = this.input;
    return weeklyLoad({ activities, people, calendar, today, weeks: CONFLICT_WEEKS }).filter(
      (w) => w.level === 'over' && w.campaigns.includes(campaign),
    );
  }

  /** Business days a task can finish later without moving a successor's start or its milestone's due date. */
  slack(task: Activity): number {
    if (!task.dueDate) return 0;
    const limits = this.own
      .filter((a) => a.predecessors.includes(task.key))
      .map((a) => (a.kind === 'milestone' ? a.dueDate : a.start ? this.days.add(a.start, -1) : a.dueDate))
      .filter((d): d is IsoDate => d !== null);
    if (limits.length === 0) return 0;
    const latest = limits.reduce((a, b) => (a < b ? a : b));
    return Math.max(0, this.days.between(task.dueDate, latest));
  }

  /** `date` moved `n` business days later. */
  later(date: IsoDate, n: number): IsoDate {
    return this.days.add(date, n);
  }

  private moved(a: Activity, n: number): Activity {
    return { ...a, dueDate: a.dueDate && this.days.add(a.dueDate, n), start: a.start ? this.days.add(a.start, n) : a.start };
  }

  /** The activities with one change applied. */
  apply(change: LevelingChange): Activity[] {
    return this.input.activities.map((a) => {
      if (a.campaign !== this.input.campaign || a.done) return a;
      if (change.kind === 'move_launch') return this.moved(a, change.businessDays);
      if (a.key !== change.key) return a;
      return change.kind === 'shift' ? this.moved(a, change.businessDays) : { ...a, assignee: change.to };
    });
  }

  /** The campaign's tasks of `accountId` planned in the week of `weekStart`, largest first. */
  tasksIn(cell: PersonWeekLoad): Activity[] {
    const weekEnd = this.days.add(cell.weekStart, 4);
    return this.own
      .filter((a) => a.kind === 'task' && a.assignee === cell.accountId && a.workDays > 0 && a.dueDate)
      .filter((a) => (a.start ?? a.dueDate ?? '') <= weekEnd && (a.dueDate ?? '') >= cell.weekStart)
      .sort((a, b) => b.workDays - a.workDays);
  }
}

const sameCell = (a: PersonWeekLoad, b: PersonWeekLoad): boolean => a.accountId === b.accountId && a.weekStart === b.weekStart;

function changeKey(c: LevelingChange): string {
  return c.kind === 'move_launch' ? `launch ${c.businessDays}` : c.kind === 'shift' ? `shift ${c.key}` : `reassign ${c.key}`;
}

/** The first change among `candidates` that relieves `cell` without adding over-allocated weeks. */
function firstRelief(
  leveler: Leveler,
  cell: PersonWeekLoad,
  before: number,
  candidates: Iterable<LevelingChange>,
): LevelingProposal | null {
  for (const change of candidates) {
    const after = leveler.over(leveler.apply(change));
    if (after.length < before && !after.some((w) => sameCell(w, cell)))
      return { change, accountId: cell.accountId, weekStart: cell.weekStart, overBefore: before, overAfter: after.length };
  }
  return null;
}

function* shifts(leveler: Leveler, task: Activity): Generator<LevelingChange> {
  const slack = Math.min(MAX_SHIFT, leveler.slack(task));
  for (let n = 1; n <= slack && task.dueDate; n += 1)
    yield { kind: 'shift', key: task.key, businessDays: n, dueDate: leveler.later(task.dueDate, n) };
}

/** Role → everyone who holds work of that role in any campaign: who else could take a task of that role. */
export function rolePoolsOf(activities: readonly Activity[]): Record<string, string[]> {
  const pools: Record<string, Set<string>> = {};
  for (const a of activities) if (a.role && a.assignee) (pools[a.role] ??= new Set()).add(a.assignee);
  return Object.fromEntries(Object.entries(pools).map(([role, people]) => [role, [...people].sort()]));
}

function* reassignments(task: Activity, pools: LevelingInput['pools']): Generator<LevelingChange> {
  for (const to of (task.role ? pools[task.role] : undefined) ?? [])
    if (to !== task.assignee && task.assignee) yield { kind: 'reassign', key: task.key, from: task.assignee, to };
}

/** Proposals for the campaign's over-allocated weeks, best effect first; none when nobody is over-allocated. */
export function levelingProposals(input: LevelingInput): LevelingProposal[] {
  const leveler = new Leveler(input);
  const baseline = leveler.over(input.activities).sort((a, b) => b.ratio - a.ratio);
  const found = new Map<string, LevelingProposal>();
  for (const cell of baseline.slice(0, MAX_CELLS)) {
    if (found.size >= MAX_PROPOSALS) break;
    let relieved = false;
    for (const task of leveler.tasksIn(cell)) {
      for (const proposal of [
        firstRelief(leveler, cell, baseline.length, shifts(leveler, task)),
        firstRelief(leveler, cell, baseline.length, reassignments(task, input.pools)),
      ]) {
        if (!proposal) continue;
        relieved = true;
        if (!found.has(changeKey(proposal.change))) found.set(changeKey(proposal.change), proposal);
      }
      if (relieved) break;
    }
    if (relieved) continue;
    const launch = firstRelief(
      leveler,
      cell,
      baseline.length,
      LAUNCH_STEPS.map((n): LevelingChange => ({ kind: 'move_launch', businessDays: n })),
    );
    if (launch && !found.has(changeKey(launch.change))) found.set(changeKey(launch.change), launch);
  }
  const rank = (p: LevelingProposal): number => (p.change.kind === 'move_launch' ? 1 : 0);
  return [...found.values()].sort((a, b) => rank(a) - rank(b) || a.overAfter - b.overAfter).slice(0, MAX_PROPOSALS);
}
