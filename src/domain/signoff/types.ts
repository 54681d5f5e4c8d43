import type { DecisionKind, IsoDate, SignOffEntry } from '../model';

export type GateStateName = 'waiting' | 'open' | 'approved' | 'declined' | 'changes_requested';
export type ChangedField = NonNullable<SignOffEntry['changedFields']>[number];

/** A decision that counts in the current round: the latest of its approver, made before the round closed. */
export interface CountedDecision {
  /** The approver the decision counts for (the actor, or whom the actor decided for under delegation). */
  approverAccountId: string;
  actorAccountId: string;
  onBehalfOf?: string;
  decision: DecisionKind;
  at: string;
  entryId: string;
  contentHash: string;
}

export interface Delegation {
  from: string;
  to: string;
  until: IsoDate;
  entryId: string;
}

export interface GateState {
  gateId: string;
  state: GateStateName;
  /** Rounds start with the record (`start`), or after a `stale` or `ready` entry; only the current one counts. */
  round: { number: number; startedBy: 'start' | 'stale' | 'ready'; startedAt: string | null };
  /** Counted decisions, in approver order. */
  decisions: CountedDecision[];
  approvedBy: string[];
  approvalsNeeded: number;
  /** Approvers without a counted decision while the gate is open or waiting; nobody once it is closed. */
  pending: string[];
  /** What changed when the current round started with a `stale` entry. */
  stale: { changedFields: ChangedField[]; at: string } | null;
  /** Delegations in force today, one per delegating approver (their latest). */
  delegations: Delegation[];
  late: boolean;
  businessDaysLate: number;
}
