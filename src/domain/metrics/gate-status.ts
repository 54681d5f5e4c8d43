import type { ApproverDecision, GateStatus } from '../../contracts/campaign-panel';
import type { HolidayCalendar, IsoDate, PlanGate, Quorum } from '../model';
import { BusinessCalendar } from './business-calendar';

export type Decision = NonNullable<ApproverDecision['decision']>;

/** An approver's recorded decision (sign-off flow, issue 6). Until then nobody has decided. */
export interface RecordedDecision {
  decision: Decision;
  decidedAt: string;
  onBehalfOf?: string;
}

/** gateId → approver accountId → decision. */
export type GateDecisions = Readonly<Record<string, Readonly<Record<string, RecordedDecision>>>>;

export interface GateInput {
  gates: readonly PlanGate[];
  /** rowId → issue key (the campaign record's `issueKeys`). */
  issueKeys: Readonly<Record<string, string>>;
  people: Readonly<Record<string, string>>;
  actingAccountId: string;
  today: IsoDate;
  calendar: HolidayCalendar;
  decisions?: GateDecisions;
}

/** Approvals a quorum needs out of `approvers` people (never more than there are). */
export function approvalsNeeded(quorum: Quorum, approvers: number): number {
  switch (quorum.kind) {
    case 'all':
      return approvers;
    case 'any':
      return Math.min(1, approvers);
    case 'count':
      return Math.min(quorum.n, approvers);
    case 'percent':
      return Math.min(approvers, Math.ceil((quorum.percent / 100) * approvers));
  }
}

/** A gate's own outcome from its decisions, ignoring the gate it waits for. */
function outcome(gate: PlanGate, approvers: readonly ApproverDecision[]): 'open' | 'approved' | 'declined' | 'changes_requested' {
  if (approvers.length === 0) return 'open';
  const needed = approvalsNeeded(gate.quorum, approvers.length);
  const approved = approvers.filter((a) => a.decision === 'approved').length;
  const undecided = approvers.filter((a) => a.decision === null).length;
  if (approved >= needed) return 'approved';
  if (approvers.some((a) => a.decision === 'changes_requested')) return 'changes_requested';
  if (approved + undecided < needed) return 'declined';
  return 'open';
}

/**
 * Every gate of the plan, in plan order: approvers with names and decisions, who is pending, and whether it is late.
 * A sequential gate is `waiting` until the gate it comes after is approved. A gate whose due date has passed
 * without an outcome (approved or declined) is late by the business days since (so not yet on the weekend after).
 */
export function gateStatuses(input: GateInput): GateStatus[] {
  const { gates, people, today, calendar, actingAccountId } = input;
  const byId = new Map(gates.map((g) => [g.gateId, g]));
  const businessDays = new BusinessCalendar(calendar);
  const approversOf = (gate: PlanGate): ApproverDecision[] =>
    gate.approverAccountIds.map((accountId) => {
      const recorded = input.decisions?.[gate.gateId]?.[accountId];
      return {
        accountId,
        displayName: people[accountId] ?? accountId,
        decision: recorded?.decision ?? null,
        decidedAt: recorded?.decidedAt ?? null,
        ...(recorded?.onBehalfOf ? { onBehalfOf: recorded.onBehalfOf } : {}),
      };
    });

  const states = new Map<string, GateStatus['state']>();
  const stateOf = (gate: PlanGate, seen: ReadonlySet<string>): GateStatus['state'] => {
    const known = states.get(gate.gateId);
    if (known) return known;
    const before = gate.afterGateId ? byId.get(gate.afterGateId) : undefined;
    // A chain that loops back on itself can never open; the plan validation should have refused it.
    const blocked = before !== undefined && (seen.has(before.gateId) || stateOf(before, new Set([...seen, gate.gateId])) !== 'approved');
    const state = blocked ? 'waiting' : outcome(gate, approversOf(gate));
    states.set(gate.gateId, state);
    return state;
  };

  return gates.map((gate) => {
    const approvers = approversOf(gate);
    const state = stateOf(gate, new Set([gate.gateId]));
    const pending = approvers.filter((a) => a.decision === null).map((a) => a.accountId);
    const settled = state === 'approved' || state === 'declined';
    const daysLate = settled ? 0 : businessDays.overdue(gate.dueDate, today);
    return {
      gateId: gate.gateId,
      name: gate.name,
      milestoneKey: input.issueKeys[gate.milestoneRowId] ?? null,
      quorum: gate.quorum,
      state,
      approvers,
      pending,
      dueDate: gate.dueDate,
      late: daysLate > 0,
      businessDaysLate: daysLate,
      canDecide: state === 'open' && pending.includes(actingAccountId),
    };
  });
}
