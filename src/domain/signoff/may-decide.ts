import type { DecisionKind, IsoDate, PlanGate, SignOffEntry } from '../model';
import { delegationsInForce } from './delegations';
import type { GateState } from './types';
import { mustAt } from '../invariant';
import { render, type Message } from '../../wording/messages';

export interface GatedIssue {
  key?: string;
  assigneeAccountId: string | null;
  reporterAccountId: string | null;
}

export type DecideRefusalCode = 'NOT_APPROVER' | 'SELF_APPROVAL' | 'GATE_WAITING' | 'GATE_CLOSED' | 'ALREADY_DECIDED';
export type MayDecide =
  | { ok: true; decidingFor: string; /** Set when the actor decides as a delegate. */ onBehalfOf?: string }
  | {
      ok: false;
      code: DecideRefusalCode;
      /** Its English, for logs. */ message: string;
      /** Its words, in any language. */ wording: Message;
    };

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

/** A refusal: its words (the wording module's message) and their English. */
const refuse = (code: DecideRefusalCode, wording: Message): MayDecide => ({ ok: false, code, message: render('en', wording), wording });

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
  const approvers = [...new Set(gate.approverAccountIds)];
  const delegators = delegationsInForce(
    input.entries.filter((e) => e.gateId === gate.gateId),
    approvers,
    input.today,
  )
    .filter((d) => d.to === actor)
    .map((d) => d.from);
  if (!approvers.includes(actor) && delegators.length === 0) {
    return refuse('NOT_APPROVER', { key: 'errors.signoffNotApprover', params: { gate: gate.name } });
  }
  const role = ownRoleOn(gatedIssue, actor);
  if (role) {
    return refuse('SELF_APPROVAL', { key: 'errors.signoffOwnWork', params: { gate: gate.name, role, work: gatedIssue.key ?? null } });
  }
  if (state.state === 'waiting') {
    const before = input.gates?.find((g) => g.gateId === gate.afterGateId);
    return refuse('GATE_WAITING', { key: 'errors.signoffWaiting', params: { gate: gate.name, before: before?.name ?? null } });
  }
  if (state.state === 'approved' || state.state === 'declined') {
    return refuse('GATE_CLOSED', { key: 'errors.signoffClosed', params: { gate: gate.name, state: state.state } });
  }
  if (state.state === 'changes_requested') {
    return refuse('GATE_CLOSED', { key: 'errors.signoffChangesRequested', params: { gate: gate.name } });
  }
  const pendingDelegator = delegators.find((d) => state.pending.includes(d));
  // Not an approver means someone delegated to the actor (refused above otherwise).
  const decidingFor = approvers.includes(actor) ? actor : (pendingDelegator ?? mustAt(delegators, 0, 'delegator'));
  const current = state.decisions.find((d) => d.approverAccountId === decidingFor);
  if (input.decision && current?.decision === input.decision) {
    const params = { gate: gate.name, decision: input.decision, self: decidingFor === actor };
    return refuse('ALREADY_DECIDED', { key: 'errors.signoffAlreadyDecided', params });
  }
  return decidingFor === actor ? { ok: true, decidingFor } : { ok: true, decidingFor, onBehalfOf: decidingFor };
}
