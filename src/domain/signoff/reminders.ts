import type { HolidayCalendar, IsoDate, PlanGate } from '../model';
import { BusinessCalendar } from '../metrics/business-calendar';
import { byGateId, type GateStates } from './by-gate-id';

/** Gates due within this many business days get a reminder (the same horizon as the panel's "due soon"). */
export const REMINDER_BUSINESS_DAYS = 2;

export interface Reminder {
  gateId: string;
  gateName: string;
  milestoneRowId: string;
  dueDate: IsoDate;
  kind: 'due_soon' | 'late';
  /** Business days left until the due date (0 = due today) when due soon; business days late when late. */
  businessDays: number;
  /** Pending approvers, and the delegates deciding for them today. */
  mention: string[];
  /** The PM, for a late gate. */
  escalateTo: string | null;
  /** `<gateId>:<today>`: at most one reminder per gate and day (scope the set to the campaign). */
  dedupeKey: string;
}

export interface RemindersInput {
  gates: readonly PlanGate[];
  states: GateStates;
  today: IsoDate;
  calendar: HolidayCalendar;
  /** Dedupe keys of the reminders already sent today for this campaign. */
  alreadySentToday: ReadonlySet<string>;
  /** Who late gates are escalated to: the campaign's PM (the record's `createdBy`). */
  pmAccountId?: string;
}

export const reminderKey = (gateId: string, today: IsoDate): string => `${gateId}:${today}`;

/**
 * The reminders the daily trigger posts: open gates with pending approvers that are late or due within two business
 * days, skipping those already reminded today. Waiting gates are left out: their approvers cannot act yet, and the
 * gate they wait for gets its own reminder.
 */
export function reminders(input: RemindersInput): Reminder[] {
  const { today } = input;
  const states = byGateId(input.states);
  const businessDays = new BusinessCalendar(input.calendar);
  return input.gates.flatMap((gate): Reminder[] => {
    const state = states.get(gate.gateId);
    const dedupeKey = reminderKey(gate.gateId, today);
    if (!state || state.state !== 'open' || state.pending.length === 0 || input.alreadySentToday.has(dedupeKey)) return [];
    const late = businessDays.overdue(gate.dueDate, today);
    const left = gate.dueDate >= today ? businessDays.between(today, gate.dueDate) : null;
    if (late === 0 && (left === null || left > REMINDER_BUSINESS_DAYS)) return [];
    const delegates = state.delegations.filter((d) => state.pending.includes(d.from)).map((d) => d.to);
    return [
      {
        gateId: gate.gateId,
        gateName: gate.name,
        milestoneRowId: gate.milestoneRowId,
        dueDate: gate.dueDate,
        kind: late > 0 ? 'late' : 'due_soon',
        businessDays: late > 0 ? late : (left ?? 0),
        mention: [...new Set([...state.pending, ...delegates])],
        escalateTo: late > 0 ? (input.pmAccountId ?? null) : null,
        dedupeKey,
      },
    ];
  });
}
