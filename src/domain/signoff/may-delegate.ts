import { addDays, format, parseISO } from 'date-fns';
import { IsoDate } from '../model';
import type { PlanGate } from '../model';
import { ownRoleOn, type GatedIssue } from './may-decide';
import type { GateState } from './types';
import { firstIssue, problemMessage } from '../zod-issues';
import { render, type Message } from '../../wording/messages';

export const MAX_DELEGATION_DAYS = 90;

export type DelegateRefusalCode = 'NOT_APPROVER' | 'GATE_CLOSED' | 'INVALID_DELEGATE' | 'INVALID_UNTIL';
export type MayDelegate =
  | { ok: true }
  | {
      ok: false;
      code: DelegateRefusalCode;
      /** Its English, for logs. */ message: string;
      wording: Message;
      field?: 'toAccountId' | 'until';
    };

const refuse = (code: DelegateRefusalCode, wording: Message, field?: 'toAccountId' | 'until'): MayDelegate => ({
  ok: false,
  code,
  message: render('en', wording),
  wording,
  ...(field ? { field } : {}),
});

export interface MayDelegateInput {
  gate: PlanGate;
  state: GateState;
  /** From the Forge context, never from a payload. */
  actorAccountId: string;
  toAccountId: string;
  until: string;
  today: IsoDate;
  gatedIssue: GatedIssue;
}

/**
 * Whether the actor may let `toAccountId` decide for them on this gate until `until` (inclusive): only an approver of
 * an open or waiting gate, to someone else who is neither an approver already nor the assignee or reporter of the
 * gated work, for at most 90 days from today. A new delegation replaces the approver's previous one.
 */
export function mayDelegate(input: MayDelegateInput): MayDelegate {
  const { gate, state, actorAccountId: actor, toAccountId: to, today } = input;
  const g = { gate: gate.name };
  if (!gate.approverAccountIds.includes(actor)) {
    return refuse('NOT_APPROVER', { key: 'errors.signoffDelegateNotApprover', params: g });
  }
  if (state.state !== 'open' && state.state !== 'waiting') {
    return refuse('GATE_CLOSED', { key: 'errors.signoffDelegateClosed', params: { ...g, state: state.state } });
  }
  if (to === actor) return refuse('INVALID_DELEGATE', { key: 'errors.signoffDelegateSelf' }, 'toAccountId');
  if (gate.approverAccountIds.includes(to))
    return refuse('INVALID_DELEGATE', { key: 'errors.signoffDelegateApprover', params: g }, 'toAccountId');
  const role = ownRoleOn(input.gatedIssue, to);
  if (role) return refuse('INVALID_DELEGATE', { key: 'errors.signoffDelegateOwnWork', params: { ...g, role } }, 'toAccountId');
  const until = IsoDate.safeParse(input.until);
  if (!until.success) {
    return refuse('INVALID_UNTIL', problemMessage(firstIssue(until.error), 'until'), 'until');
  }
  const latest = format(addDays(parseISO(today), MAX_DELEGATION_DAYS), 'yyyy-MM-dd');
  if (until.data < today) return refuse('INVALID_UNTIL', { key: 'errors.signoffUntilPast', params: { today, until: until.data } }, 'until');
  if (until.data > latest) {
    const params = { days: MAX_DELEGATION_DAYS, latest, until: until.data };
    return refuse('INVALID_UNTIL', { key: 'errors.signoffUntilTooFar', params }, 'until');
  }
  return { ok: true };
}
