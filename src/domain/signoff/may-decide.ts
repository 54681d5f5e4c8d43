import type { DecisionKind, IsoDate, PlanGate, SignOffEntry } from '../model';
import { delegationsInForce } from './delegations';
import type { GateState } from './types';
import { mustAt } from '../invariant';

export interface GatedIssue {
  key?: string;
  assigneeAccountId: string | null;
  reporterAccountId: string | null;
}

export type DecideRefusalCode = 'NOT_APPROVER' | 'SELF_APPROVAL' | 'GATE_WAITING' | 'GATE_CLOSED' | 'ALREADY_DECIDED';
export type MayDecide =
  | { ok: true; decidingFor: string; /** Set when the actor decides as a delegate. */ onBehalfOf?: string }
  | { ok: false; code: DecideRefusalCode; message: string };

export interface MayDecideInput {
  gate: PlanGate;
  state: GateState;
  /** From the Forge context, never from a payload. */
  actorAccountId: string;
  gatedIssue: GatedIssue;
  today: IsoDate;
  /** The gate's entries, for the delegations in force today. */
  entries: readonly SignOffEntry[];
  /** The decision about to be made: the same decision twice is refused; a different one replaces the first. */
  decision?: DecisionKind;
  /** The campaign's gates, to name the gate a waiting gate follows. */
  gates?: readonly PlanGate[];
}

const DECIDED: Record<DecisionKind, string> = { approve: 'approved', decline: 'declined', request_changes: 'requested changes on' };

/** The role a person has on the gated issue that makes deciding a self-approval, or null. */
export function ownRoleOn(issue: GatedIssue, accountId: string): 'assignee' | 'reporter' | null {
  if (issue.assigneeAccountId === accountId) return 'assignee';
  if (issue.reporterAccountId === accountId) return 'reporter';
  return null;
}

/**
 * Whether the actor may decide on this gate now, and for whom. An approver decides for themselves (even while they
 * have delegated); a delegate decides for the approver who delegated to them while the delegation is in force.
 * Self-approval is about the person deciding: the assignee or reporter of the gated work may not decide on it,
 * though an approver in that position can hand the decision to someone independent by delegating.
 */
export function mayDecide(input: MayDecideInput): MayDecide {
  const { gate, state, actorAccountId: actor, gatedIssue } = input;
  const name = `"${gate.name}"`;
  const approvers = [...new Set(gate.approverAccountIds)];
  const delegators = delegationsInForce(
    input.entries.filter((e) => e.gateId === gate.gateId),
    approvers,
    input.today,
  )
    .filter((d) => d.to === actor)
    .map((d) => d.from);
  if (!approvers.includes(actor) && delegators.length === 0) {
    return {
      ok: false,
      code: 'NOT_APPROVER',
      message: `You are not an approver of the gate ${name}, and no approver has delegated this decision to you.`,
    };
  }
  const role = ownRoleOn(gatedIssue, actor);
  if (role) {
    const work = gatedIssue.key ? ` (${gatedIssue.key})` : '';
    return {
      ok: false,
      code: 'SELF_APPROVAL',
      message: `You are the ${role} of the work the gate ${name} guards${work}: you may not decide on your own work.`,
    };
  }
  if (state.state === 'waiting') {
    const before = input.gates?.find((g) => g.gateId === gate.afterGateId);
    const after = before ? `the gate "${before.name}"` : 'the gate before it';
    return { ok: false, code: 'GATE_WAITING', message: `The gate ${name} is not open yet: it opens once ${after} is approved.` };
  }
  if (state.state === 'approved' || state.state === 'declined') {
    return { ok: false, code: 'GATE_CLOSED', message: `The gate ${name} is already ${state.state}: no more decisions are taken on it.` };
  }
  if (state.state === 'changes_requested') {
    return {
      ok: false,
      code: 'GATE_CLOSED',
      message: `Changes were requested on the gate ${name}: it reopens once the work is marked ready for review again.`,
    };
  }
  const pendingDelegator = delegators.find((d) => state.pending.includes(d));
  // Not an approver means someone delegated to the actor (refused above otherwise).
  const decidingFor = approvers.includes(actor) ? actor : (pendingDelegator ?? mustAt(delegators, 0, 'delegator'));
  const current = state.decisions.find((d) => d.approverAccountId === decidingFor);
  if (input.decision && current?.decision === input.decision) {
    const who = decidingFor === actor ? 'You have' : 'This approver has';
    return { ok: false, code: 'ALREADY_DECIDED', message: `${who} already ${DECIDED[input.decision]} the gate ${name} in this round.` };
  }
  return decidingFor === actor ? { ok: true, decidingFor } : { ok: true, decidingFor, onBehalfOf: decidingFor };
}
