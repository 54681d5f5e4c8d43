import type { ApproverDecision } from '../../contracts/campaign-panel';
import type { SignOffGateView, SignOffRecordLine } from '../../contracts/signoff';
import type { CampaignRecord, IsoDate, PlanGate, SignOffEntry } from '../model';
import { mayDecide } from './may-decide';
import { stateOfGate, type CampaignSignOff } from './campaign-signoff';
import { chronological } from './round';
import type { SignOffIssue } from './signoff-issue';
import type { GateState } from './types';
import { render, type Message } from '../../wording/messages';

const TO_DECISION: Record<NonNullable<SignOffEntry['decision']>, NonNullable<ApproverDecision['decision']>> = {
  approve: 'approved',
  decline: 'declined',
  request_changes: 'changes_requested',
};

export interface GateViewInput {
  record: CampaignRecord;
  gate: PlanGate;
  state: GateState;
  /** The gate's own entries (any order). */
  entries: readonly SignOffEntry[];
  people: Readonly<Record<string, string>>;
  actorAccountId: string;
  /** The gated work, for the self-approval rule; null when it could not be read (then nobody may decide here). */
  gatedIssue: SignOffIssue | null;
  today: IsoDate;
  /** The reader's locale, for the words of a refusal. */
  locale?: string | null;
}

/** One record entry with display names, as people read it. */
export function recordLine(e: SignOffEntry, people: Readonly<Record<string, string>>): SignOffRecordLine {
  const name = (id: string): string => people[id] ?? id;
  return {
    entryId: e.entryId,
    type: e.type,
    actorAccountId: e.actorAccountId,
    actorName: name(e.actorAccountId),
    ...(e.onBehalfOf ? { onBehalfOf: e.onBehalfOf, onBehalfOfName: name(e.onBehalfOf) } : {}),
    ...(e.decision ? { decision: e.decision } : {}),
    ...(e.reason ? { reason: e.reason } : {}),
    ...(e.comment ? { comment: e.comment } : {}),
    at: e.at,
    contentHash: e.contentHash,
    ...(e.delegation ? { delegation: { ...e.delegation, toName: name(e.delegation.to) } } : {}),
    ...(e.changedFields ? { changedFields: [...e.changedFields] } : {}),
  };
}

/** A gate as the sign-off section shows it to the acting user: state, approvers, what they may do, the record. */
export function gateView(input: GateViewInput): SignOffGateView {
  const { gate, state, people, record } = input;
  const name = (id: string): string => people[id] ?? id;
  const approvers: ApproverDecision[] = [...new Set(gate.approverAccountIds)].map((accountId) => {
    const counted = state.decisions.find((d) => d.approverAccountId === accountId);
    return {
      accountId,
      displayName: name(accountId),
      decision: counted ? TO_DECISION[counted.decision] : null,
      decidedAt: counted?.at ?? null,
      ...(counted?.onBehalfOf ? { onBehalfOf: counted.actorAccountId } : {}),
    };
  });
  const may = input.gatedIssue
    ? mayDecide({
        gate,
        state,
        actorAccountId: input.actorAccountId,
        gatedIssue: input.gatedIssue,
        today: input.today,
        entries: input.entries,
        gates: record.plan.gates,
      })
    : ({ ok: false, code: 'GATE_CLOSED', wording: { key: 'errors.signoffWorkMissing', params: { gate: gate.name } } } as const);
  // Under the gate's card, "not an approver" needs no gate name: the card names it.
  const refusal: Message | null = may.ok ? null : may.code === 'NOT_APPROVER' ? { key: 'errors.signoffNotApproverHere' } : may.wording;
  return {
    gateId: gate.gateId,
    name: gate.name,
    milestoneKey: record.issueKeys[gate.milestoneRowId] ?? null,
    quorum: gate.quorum,
    state: state.state,
    approvers,
    pending: state.pending,
    dueDate: gate.dueDate,
    late: state.late,
    businessDaysLate: state.businessDaysLate,
    canDecide: may.ok,
    declineNeedsReason: gate.declineNeedsReason,
    declineClosesGate: gate.declineClosesGate !== false,
    stale: state.stale,
    delegations: state.delegations.map((d) => ({ from: d.from, fromName: name(d.from), to: d.to, toName: name(d.to), until: d.until })),
    decidingFor: may.ok ? may.decidingFor : null,
    refusal: refusal === null ? null : render(input.locale, refusal),
    record: chronological(input.entries).map((e) => recordLine(e, people)),
  };
}

/** The view of `gate` in the campaign's sign-off picture, as `actorAccountId` sees it at `today`. */
export function gateViewOf(
  signOff: CampaignSignOff,
  gate: PlanGate,
  gatedIssue: SignOffIssue | null,
  people: Readonly<Record<string, string>>,
  actorAccountId: string,
  today: IsoDate,
  locale?: string | null,
): SignOffGateView {
  return gateView({
    record: signOff.record,
    gate,
    state: stateOfGate(signOff, gate.gateId),
    entries: signOff.entries.filter((e) => e.gateId === gate.gateId),
    people,
    actorAccountId,
    gatedIssue,
    today,
    locale,
  });
}
