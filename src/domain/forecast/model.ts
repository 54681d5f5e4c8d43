import type { HolidayCalendar, IsoDate } from '../model';

/**
 * The schedule model the forecast runs on: every open activity of every campaign the app manages, because the
 * same people work on all of them. Pure data; `network-from-campaigns.ts` builds it from snapshots.
 */
export interface Activity {
  /** Jira issue key (unique across campaigns). */
  key: string;
  name: string;
  /** The campaign's epic key. */
  campaign: string;
  kind: 'task' | 'milestone';
  /** Person-days of work left (0 for milestones and done work). */
  workDays: number;
  /** Done work is fixed in the past: it neither waits nor loads anyone. */
  done: boolean;
  /** Who does it; null = unassigned (then its role's pool does it, if the role has people). */
  assignee: string | null;
  role: string | null;
  /** Finish-to-start predecessors: Jira "Blocks" links, and a milestone's own tasks. */
  predecessors: readonly string[];
  dueDate: IsoDate | null;
  /** Planned start (the plan row's), for the weekly load; the forecast itself starts work as soon as it can. */
  start?: IsoDate | null;
}

/** A period a person does no campaign work (holiday, training…), both ends included. */
export interface TimeOff {
  from: IsoDate;
  to: IsoDate;
}

/** How much campaign work a person can do; a person nobody described works 100 % on business days. */
export interface PersonCapacity {
  accountId: string;
  /** Share of a business day available to work (0–1]; hours per week are turned into it (35 h = 100 %). */
  availability: number;
  /** Share of that availability kept for non-campaign work [0–1). */
  reserved: number;
  timeOff: readonly TimeOff[];
}

/**
 * An open risk of the register as a discrete event (the risk-driver method of schedule risk analysis, Hulett 2009):
 * in each trial it happens with its probability, and then adds its impact, in business days of work, to each
 * activity it names (a milestone's impact delays the milestone itself).
 */
export interface RiskEvent {
  id: string;
  probability: number;
  impactDays: number;
  /** Keys of the tasks or milestones it hits. */
  targets: readonly string[];
}

export interface ScheduleNetwork {
  activities: readonly Activity[];
  /** People with settings; anyone else defaults to 100 %. */
  people: readonly PersonCapacity[];
  /** Role → the people who fill it: unassigned work draws on them. */
  pools: Readonly<Record<string, readonly string[]>>;
  calendar: HolidayCalendar;
  today: IsoDate;
  /** Open risks of the campaigns' registers, sampled as discrete events. */
  risks?: readonly RiskEvent[];
}

export const DEFAULT_CAPACITY: Omit<PersonCapacity, 'accountId'> = { availability: 1, reserved: 0, timeOff: [] };
