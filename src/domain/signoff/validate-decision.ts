import type { DecisionKind, PlanGate } from '../model';
import { render, type Message } from '../../wording/messages';

export const MAX_REASON = 2000;
export const MAX_COMMENT = 5000;

export type DecisionCheck =
  | { ok: true; reason?: string; comment?: string }
  | { ok: false; code: 'INVALID_INPUT'; field: 'reason' | 'comment'; message: string; wording: Message };

const refuse = (field: 'reason' | 'comment', wording: Message): DecisionCheck => ({
  ok: false,
  code: 'INVALID_INPUT',
  field,
  message: render('en', wording),
  wording,
});

const blankToUndefined = (text: string | undefined): string | undefined =>
  text === undefined || text.trim() === '' ? undefined : text.trim();

/**
 * A decision's own text: request changes always needs a reason (the team must know what to change); a decline
 * needs one when the gate says so. Blank text counts as none; the answer carries the trimmed text to record.
 */
export function validateDecision(input: { gate: PlanGate; decision: DecisionKind; reason?: string; comment?: string }): DecisionCheck {
  const reason = blankToUndefined(input.reason);
  const comment = blankToUndefined(input.comment);
  const gate = { gate: input.gate.name };
  if (!reason && input.decision === 'request_changes') return refuse('reason', { key: 'errors.signoffReasonForChanges', params: gate });
  if (!reason && input.decision === 'decline' && input.gate.declineNeedsReason)
    return refuse('reason', { key: 'errors.signoffReasonForDecline', params: gate });
  if (reason && reason.length > MAX_REASON)
    return refuse('reason', { key: 'errors.signoffTextTooLong', params: { field: 'reason', max: MAX_REASON, length: reason.length } });
  if (comment && comment.length > MAX_COMMENT)
    return refuse('comment', { key: 'errors.signoffTextTooLong', params: { field: 'comment', max: MAX_COMMENT, length: comment.length } });
  return { ok: true, ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) };
}
