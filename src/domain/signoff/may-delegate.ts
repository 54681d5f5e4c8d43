import { addDays, format, parseISO } from 'date-fns';
import { IsoDate } from '../model';
import type { PlanGate } from '../model';
import { ownRoleOn, type GatedIssue } from './may-decide';
import type { GateState } from './types';
import { firstIssue } from '../zod-issues';

export const MAX_DELEGATION_DAYS = 90;

export type DelegateRefusalCode = 'NOT_APPROVER' | 'GATE_CLOSED' | 'INVALID_DELEGATE' | 'INVALID_UNTIL';
export type MayDelegate = { ok: true } | { ok: false; code: DelegateRefusalCode; message: string; field?: 'toAccountId' | 'until' };

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
  const name = `"${gate.name}"`;
  if (!gate.approverAccountIds.includes(actor)) {
    return {
      ok: false,
      code: 'NOT_APPROVER',
      message: `You are not an approver of the gate ${name}: only its approvers can delegate their decision.`,
    };
  }
  if (state.state !== 'open' && state.state !== 'waiting') {
    const why = state.state === 'changes_requested' ? 'changes were requested on it' : `it is already ${state.state}`;
    return { ok: false, code: 'GATE_CLOSED', message: `The gate ${name} cannot be delegated now: ${why}.` };
  }
  if (to === actor)
    return { ok: false, code: 'INVALID_DELEGATE', field: 'toAccountId', message: 'toAccountId: you cannot delegate to yourself' };
  if (gate.approverAccountIds.includes(to)) {
    return {
      ok: false,
      code: 'INVALID_DELEGATE',
      field: 'toAccountId',
      message: `toAccountId: this person is already an approver of the gate ${name}`,
    };
  }
  const role = ownRoleOn(input.gatedIssue, to);
  if (role) {
    return {
      ok: false,
      code: 'INVALID_DELEGATE',
      field: 'toAccountId',
      message: `toAccountId: this person is the ${role} of the work the gate ${name} guards and may not approve it`,
    };
  }
  const until = IsoDate.safeParse(input.until);
  if (!until.success) return { ok: false, code: 'INVALID_UNTIL', field: 'until', message: `until: ${firstIssue(until.error).message}` };
  const latest = format(addDays(parseISO(today), MAX_DELEGATION_DAYS), 'yyyy-MM-dd');
  if (until.data < today)
    return { ok: false, code: 'INVALID_UNTIL', field: 'until', message: `until: must be today (${today}) or later, got ${until.data}` };
  if (until.data > latest) {
    return {
      ok: false,
      code: 'INVALID_UNTIL',
      field: 'until',
      message: `until: must be at most ${MAX_DELEGATION_DAYS} days from today (${latest} at the latest), got ${until.data}`,
    };
  }
  return { ok: true };
}
