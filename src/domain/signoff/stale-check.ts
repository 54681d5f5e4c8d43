import type { PlanGate, SignOffEntry } from '../model';
import { currentRound, replayRound } from './round';
import type { ChangedField, CountedDecision } from './types';

export interface StaleCheck {
  /** A `stale` entry must be written: the approvals below were given on other content. */
  mustWrite: boolean;
  staleApprovals: CountedDecision[];
  changedFields: ChangedField[];
}

/**
 * After a change of the gated content: whether approvals of the current round were given on other content (their
 * hash differs), so a `stale` entry must be written and the gate reopens. A round closed by a decline or a request for
 * changes is not reopened this way (a decline is final; changes reopen the gate when the work is marked ready).
 * With the gate, only its approvers' counted decisions are considered; without it, each actor's latest decision.
 */
export function staleCheck(input: {
  entries: readonly SignOffEntry[];
  currentHash: string;
  changedFields: readonly ChangedField[];
  gate?: PlanGate;
}): StaleCheck {
  const round = currentRound(input.entries).entries;
  const changedFields = (['summary', 'description', 'attachments'] as const).filter((f) => input.changedFields.includes(f));
  const approversOf = input.gate?.approverAccountIds ?? [
    ...new Set(round.flatMap((e) => (e.type === 'decision' ? [e.onBehalfOf ?? e.actorAccountId] : []))),
  ];
  const gate: PlanGate = input.gate ?? {
    gateId: '',
    name: '',
    milestoneRowId: '',
    approverRoles: ['pm'],
    approverAccountIds: approversOf,
    // Every decider must approve, so no approval closes the round early and every decision is replayed.
    quorum: { kind: 'all' },
    dueDate: '2000-01-01',
    declineNeedsReason: false,
  };
  const { outcome, decisions } = replayRound(gate, round);
  const closedAgainst = outcome === 'declined' || outcome === 'changes_requested';
  const staleApprovals = closedAgainst ? [] : decisions.filter((d) => d.decision === 'approve' && d.contentHash !== input.currentHash);
  return { mustWrite: staleApprovals.length > 0, staleApprovals, changedFields };
}
