import type { HolidayCalendar, IsoDate } from '../model';
import { approverClashes, type ApproverClash, type GateDue } from './approver-clashes';
import type { Activity, PersonCapacity } from './model';
import { weeklyLoad, type PersonWeekLoad } from './weekly-load';

/** How far ahead a plan's conflicts are looked for: a campaign rarely plans further than half a year. */
export const CONFLICT_WEEKS = 26;

export interface ConflictInput {
  /** The campaign being planned or re-planned, and its key in `activities`/`gates`. */
  campaign: string;
  activities: readonly Activity[];
  gates: readonly GateDue[];
  people: readonly PersonCapacity[];
  calendar: HolidayCalendar;
  today: IsoDate;
}

export interface PlanConflicts {
  /** Weeks where someone with work in this campaign is at risk or over-allocated, every campaign counted. */
  load: PersonWeekLoad[];
  /** Days an approver of this campaign has several sign-offs due. */
  approvers: ApproverClash[];
}

/** The conflicts a plan would cause or join: what the preview and the re-plan show before anything is written. */
export function planConflicts(input: ConflictInput): PlanConflicts {
  const load = weeklyLoad({ ...input, weeks: CONFLICT_WEEKS }).filter((w) => w.level !== 'ok' && w.campaigns.includes(input.campaign));
  const approvers = approverClashes(input.gates, input.today).filter((c) => c.gates.some((g) => g.campaign === input.campaign));
  return { load, approvers };
}
