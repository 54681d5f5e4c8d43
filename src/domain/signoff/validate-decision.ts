import type { DecisionKind, PlanGate } from '../model';

export const MAX_REASON = 2000;
export const MAX_COMMENT = 5000;

export type DecisionCheck =
  { ok: true; reason?: string; comment?: string } | { ok: false; code: 'INVALID_INPUT'; field: 'reason' | 'comment'; message: string };

const blankToUndefined = (text: string | undefined): string | undefined =>
  text === undefined || text.trim() === '' ? undefined : text.trim();

/**
 * A decision's own text: request changes always needs a reason (the team must know what to change); a decline
 * needs one when the gate says so. Blank text counts as none; the answer carries the trimmed text to record.
 */
export function validateDecision(input: { gate: PlanGate; decision: DecisionKind; reason?: string; comment?: string }): DecisionCheck {
  const reason = blankToUndefined(input.reason);
  const comment = blankToUndefined(input.comment);
  const gate = `"${input.gate.name}"`;
  if (!reason && input.decision === 'request_changes') {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      field: 'reason',
      message: `reason: is required to request changes on the gate ${gate} (say what must change)`,
    };
  }
  if (!reason && input.decision === 'decline' && input.gate.declineNeedsReason) {
    return { ok: false, code: 'INVALID_INPUT', field: 'reason', message: `reason: is required to decline the gate ${gate}` };
  }
  if (reason && reason.length > MAX_REASON) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      field: 'reason',
      message: `reason: must be at most ${MAX_REASON} characters (got ${reason.length})`,
    };
  }
  if (comment && comment.length > MAX_COMMENT) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      field: 'comment',
      message: `comment: must be at most ${MAX_COMMENT} characters (got ${comment.length})`,
    };
  }
  return { ok: true, ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) };
}
