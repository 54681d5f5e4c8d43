/** Payloads and answers of the sign-off resolvers (names and fields are a public contract). Type-only. */
import type { GateStatus } from './campaign-panel';
import type { DecisionKind, IsoDate } from '../domain/model';

export interface SignOffRecordLine {
  entryId: string;
  type: 'decision' | 'delegation' | 'stale' | 'ready';
  actorAccountId: string;
  actorName: string;
  onBehalfOf?: string;
  onBehalfOfName?: string;
  decision?: DecisionKind;
  reason?: string;
  comment?: string;
  at: string;
  contentHash: string;
  delegation?: { from: string; to: string; toName: string; until: IsoDate };
  changedFields?: ('summary' | 'description' | 'attachments')[];
}

export interface SignOffGateView extends GateStatus {
  declineNeedsReason: boolean;
  /** False when declines count against the quorum instead of closing the gate at once. */
  declineClosesGate: boolean;
  /** Set when approvals went stale because the gated content changed; approvers see what changed. */
  stale: { changedFields: ('summary' | 'description' | 'attachments')[]; at: string } | null;
  /** Delegations in force today, e.g. Léa → Hugo until 2026-12-01. */
  delegations: { from: string; fromName: string; to: string; toName: string; until: IsoDate }[];
  /** When the acting user may decide, whether for themselves or on behalf of whom. */
  decidingFor: string | null;
  /** Why the acting user may not decide (shown instead of buttons), or null. */
  refusal: string | null;
  record: SignOffRecordLine[];
}

export interface GetSignOffPayload {
  issueKey: string;
}
export interface GetSignOffResult {
  issueKey: string;
  epicKey: string | null;
  /** Gates bound to this issue (its milestone's gates); on the epic, every gate of the campaign. */
  gates: SignOffGateView[];
}

export interface DecideSignOffPayload {
  issueKey: string;
  gateId: string;
  decision: DecisionKind;
  reason?: string;
  comment?: string;
}
export interface DecideSignOffResult {
  gate: SignOffGateView;
  /** The Jira comment was posted; when false, `commentError` says why (the decision is recorded all the same). */
  commentPosted: boolean;
  commentError?: string;
  /** The transition applied to the gated issue when a final gate was approved. */
  transitioned?: string;
}

export interface DelegateSignOffPayload {
  issueKey: string;
  gateId: string;
  toAccountId: string;
  until: IsoDate;
  reason?: string;
}
export interface DelegateSignOffResult {
  gate: SignOffGateView;
}

export interface ExportSignOffRecordPayload {
  issueKey?: string;
  epicKey?: string;
  gateId?: string;
}
export interface ExportSignOffRecordResult {
  filename: string;
  csv: string;
  rows: number;
}
