import type { Decision } from '../../src/domain/metrics';
import type { DecisionKind, SignOffEntry } from '../../src/domain/model';

/** A decision written the short way in a fixture: what, when, and the delegate who gave it, if any. */
export interface RecordedDecision {
  decision: Decision;
  decidedAt: string;
  onBehalfOf?: string;
}

/** gateId → approver accountId → decision. */
export type GateDecisions = Readonly<Record<string, Readonly<Record<string, RecordedDecision>>>>;

const TO_KIND: Record<Decision, DecisionKind> = { approved: 'approve', declined: 'decline', changes_requested: 'request_changes' };
const NO_HASH = '0'.repeat(64);

/** Fixture decisions as sign-off record entries, so they go through the app's own state machine. */
export function entriesFromDecisions(decisions: GateDecisions): SignOffEntry[] {
  return Object.entries(decisions).flatMap(([gateId, byApprover]) =>
    Object.entries(byApprover).map(([approver, d], i): SignOffEntry => ({
      entryId: `${new Date(d.decidedAt).toISOString()}-given${String(i).padStart(4, '0')}`,
      epicKey: '',
      gateId,
      gatedIssueKey: '',
      type: 'decision',
      actorAccountId: d.onBehalfOf && d.onBehalfOf !== approver ? d.onBehalfOf : approver,
      ...(d.onBehalfOf && d.onBehalfOf !== approver ? { onBehalfOf: approver } : {}),
      decision: TO_KIND[d.decision],
      at: d.decidedAt,
      contentHash: NO_HASH,
    })),
  );
}
