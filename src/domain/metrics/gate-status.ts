import type { ApproverDecision, GateStatus } from '../../contracts/campaign-panel';
import type { DecisionKind, HolidayCalendar, IsoDate, PlanGate, SignOffEntry } from '../model';
import { gateStates } from '../signoff/gate-state';
import type { CountedDecision } from '../signoff/types';
import { mustAt } from '../invariant';

export { approvalsNeeded } from '../signoff/quorum';

export type Decision = NonNullable<ApproverDecision['decision']>;

export interface GateInput {
  gates: readonly PlanGate[];
  /** rowId → issue key (the campaign record's `issueKeys`). */
  issueKeys: Readonly<Record<string, string>>;
  people: Readonly<Record<string, string>>;
  actingAccountId: string;
  today: IsoDate;
  calendar: HolidayCalendar;
  /** The campaign's sign-off record (every gate, any order): the one source of gate state. */
  entries?: readonly SignOffEntry[];
}

const TO_DECISION: Record<DecisionKind, Decision> = { approve: 'approved', decline: 'declined', request_changes: 'changes_requested' };

/** An approver's row: their counted decision; `onBehalfOf` names the delegate who decided for them, if any. */
function approverRow(accountId: string, people: Readonly<Record<string, string>>, counted: CountedDecision | undefined): ApproverDecision {
  return {
    accountId,
    displayName: people[accountId] ?? accountId,
    decision: counted ? TO_DECISION[counted.decision] : null,
    decidedAt: counted?.at ?? null,
    ...(counted && counted.actorAccountId !== accountId ? { onBehalfOf: counted.actorAccountId } : {}),
  };
}

/**
 * Every gate of the plan, in plan order, as the panel shows it: the sign-off state machine's state, approvers with
 * names and their decisions in the current round, who is pending, and whether it is late.
 */
export function gateStatuses(input: GateInput): GateStatus[] {
  const { gates, people, today, calendar, actingAccountId } = input;
  const allEntries = input.entries ?? [];
  const states = gateStates({ gates, allEntries, today, calendar });
  // gateStates answers one state per gate, in the gates' order.
  return gates.map((gate, i) => {
    const s = mustAt(states, i, 'gate state');
    const approvers = [...new Set(gate.approverAccountIds)].map((a) =>
      approverRow(
        a,
        people,
        s.decisions.find((d) => d.approverAccountId === a),
      ),
    );
    const delegators = s.delegations.filter((d) => d.to === actingAccountId).map((d) => d.from);
    const mayAct = s.pending.includes(actingAccountId) || delegators.some((d) => s.pending.includes(d));
    return {
      gateId: gate.gateId,
      name: gate.name,
      milestoneKey: input.issueKeys[gate.milestoneRowId] ?? null,
      quorum: gate.quorum,
      state: s.state,
      approvers,
      pending: s.pending,
      dueDate: gate.dueDate,
      late: s.late,
      businessDaysLate: s.businessDaysLate,
      canDecide: s.state === 'open' && mayAct,
    };
  });
}
