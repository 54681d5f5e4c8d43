import { SignOffMirror, type CampaignRecord, type IsoDate, type PlanGate, type SignOffEntry } from '../model';
import { gatesGuarding } from './campaign-gates';
import type { DecisionCommentInput, Language, Person } from './comment-input';
import { gateStates } from './gate-state';
import { mirrorOf } from './mirror';
import type { GateState } from './types';

/** A campaign's whole sign-off picture: its record and every gate's state, replayed from it. */
export interface CampaignSignOff {
  record: CampaignRecord;
  entries: SignOffEntry[];
  states: GateState[];
}

export function statesOf(record: CampaignRecord, entries: readonly SignOffEntry[], today: IsoDate): GateState[] {
  return gateStates({ gates: record.plan.gates, allEntries: entries, today, calendar: record.plan.holidayCalendar });
}

export const campaignSignOffOf = (record: CampaignRecord, entries: SignOffEntry[], today: IsoDate): CampaignSignOff => ({
  record,
  entries,
  states: statesOf(record, entries, today),
});

export const stateOfGate = (signOff: CampaignSignOff, gateId: string): GateState => {
  const state = signOff.states.find((s) => s.gateId === gateId);
  if (!state) throw new Error(`no state for gate ${gateId}`);
  return state;
};

/** The mirror the gated issue should carry, from the record. */
export function expectedMirror(signOff: CampaignSignOff, gatedKey: string, now: Date): SignOffMirror {
  const gates = gatesGuarding(signOff.record, gatedKey);
  const ids = new Set(gates.map((g) => g.gateId));
  const count = signOff.entries.filter((e) => ids.has(e.gateId)).length;
  return mirrorOf(gates, signOff.states, count, now);
}

/** Two mirrors say the same, whenever they were written. */
export const sameMirror = (a: SignOffMirror, b: SignOffMirror): boolean =>
  JSON.stringify(SignOffMirror.parse({ ...a, updatedAt: '' })) === JSON.stringify(SignOffMirror.parse({ ...b, updatedAt: '' }));

/** Which transition reaches what a decision needs: by transition name or target status, or back to In Progress. */
export type WorkflowTarget = { nameOrStatus: string } | { inProgress: true };

/** Every gate on the gated issue is approved: the work may move on. */
const allApproved = (signOff: CampaignSignOff, gates: readonly PlanGate[]): boolean =>
  gates.every((g) => stateOfGate(signOff, g.gateId).state === 'approved');

/**
 * What a decision does to the gated issue's workflow: request changes sends it back to In Progress; the approval of
 * the last gate of its milestone applies the gate's `transitionOnApproval`; anything else moves nothing.
 */
export function workflowMoveOf(signOff: CampaignSignOff, gate: PlanGate, entry: SignOffEntry): WorkflowTarget | null {
  const state = stateOfGate(signOff, gate.gateId).state;
  if (entry.decision === 'request_changes' && state === 'changes_requested') return { inProgress: true };
  if (
    entry.decision === 'approve' &&
    state === 'approved' &&
    gate.transitionOnApproval &&
    allApproved(signOff, gatesGuarding(signOff.record, entry.gatedIssueKey))
  ) {
    return { nameOrStatus: gate.transitionOnApproval };
  }
  return null;
}

const person = (people: Readonly<Record<string, string>>, accountId: string): Person => ({
  accountId,
  name: people[accountId] ?? accountId,
});

/** The decision's Jira comment as data: who decided what (for whom), why, and who is still pending, with the PM. */
export function decisionCommentOf(
  signOff: CampaignSignOff,
  gate: PlanGate,
  entry: SignOffEntry,
  people: Readonly<Record<string, string>>,
  lang: Language,
): DecisionCommentInput {
  const state = stateOfGate(signOff, gate.gateId);
  return {
    lang,
    gateName: gate.name,
    actor: person(people, entry.actorAccountId),
    ...(entry.onBehalfOf ? { onBehalfOf: person(people, entry.onBehalfOf) } : {}),
    decision: entry.decision ?? 'approve',
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.comment ? { comment: entry.comment } : {}),
    state: state.state,
    pending: state.pending.map((a) => person(people, a)),
    pm: signOff.record.createdBy ? person(people, signOff.record.createdBy) : null,
    entryId: entry.entryId,
  };
}

/** Everyone the sign-off of a campaign names: its PM, the approvers, and who acted, for whom, or to whom it was delegated. */
export function peopleOfSignOff(signOff: Pick<CampaignSignOff, 'record' | 'entries'>): string[] {
  const { record, entries } = signOff;
  const ids = [record.createdBy, ...record.plan.gates.flatMap((g) => g.approverAccountIds)];
  for (const e of entries) ids.push(e.actorAccountId, ...(e.onBehalfOf ? [e.onBehalfOf] : []), ...(e.delegation ? [e.delegation.to] : []));
  // The app's own entries (`app:campaign-control`) name no person.
  return [...new Set(ids.filter((id) => id !== '' && !id.startsWith('app:')))];
}
