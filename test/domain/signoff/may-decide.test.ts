import type { DecisionKind, PlanGate, SignOffEntry } from '../../../src/domain/model';
import { mayDecide, refusalError, validateDecision, type GatedIssue } from '../../../src/domain/signoff';
import {
  ALEX,
  approve,
  CAMILLE,
  decline,
  delegation,
  gate,
  goLive,
  HUGO,
  INES,
  LEA,
  NOAH,
  ready,
  requestChanges,
  SOPHIE,
  statesOf,
  TODAY,
} from './fixtures';

const WORK: GatedIssue = { key: 'MKT-2', assigneeAccountId: NOAH, reporterAccountId: CAMILLE };

function ask(
  actor: string,
  entries: SignOffEntry[] = [],
  opts: { g?: PlanGate; decision?: DecisionKind; issue?: GatedIssue; today?: string } = {},
) {
  const g = opts.g ?? gate();
  const gates = g.gateId === 'legal' ? [g] : [gate(), g];
  const state = statesOf(gates, entries, opts.today ?? TODAY)[g.gateId]!;
  return mayDecide({
    gate: g,
    gates,
    state,
    actorAccountId: actor,
    gatedIssue: opts.issue ?? WORK,
    today: opts.today ?? TODAY,
    entries,
    ...(opts.decision ? { decision: opts.decision } : {}),
  });
}

describe('mayDecide', () => {
  it('lets an approver of an open gate decide for themselves', () => {
    expect(ask(LEA, [], { decision: 'approve' })).toEqual({ ok: true, decidingFor: LEA });
  });

  it.each([
    ['a viewer', INES],
    ['a user with no access', 'acc-sam'],
    ['an approver of another gate', SOPHIE],
  ])('refuses %s as not an approver, naming the gate', (_, who) => {
    expect(ask(who)).toMatchObject({ ok: false, code: 'NOT_APPROVER', message: expect.stringContaining('"Legal"') });
  });

  it.each([
    ['assignee', { key: 'MKT-2', assigneeAccountId: LEA, reporterAccountId: CAMILLE }],
    ['reporter', { key: 'MKT-2', assigneeAccountId: NOAH, reporterAccountId: LEA }],
  ])('refuses the %s of the gated work approving their own work', (role, issue) => {
    const answer = ask(LEA, [], { issue, decision: 'approve' });
    expect(answer).toMatchObject({
      ok: false,
      code: 'SELF_APPROVAL',
      message: expect.stringContaining(`You are the ${role} of the work the gate "Legal" guards (MKT-2)`),
    });
  });

  it('refuses a decision on a gate that is not open yet, naming the gate it waits for', () => {
    expect(ask(SOPHIE, [], { g: goLive() })).toMatchObject({
      ok: false,
      code: 'GATE_WAITING',
      message: 'The gate "Go-live" is not open yet: it opens once the gate "Legal" is approved.',
    });
  });

  it.each([
    ['approved', [approve(LEA, 1), approve(HUGO, 2)], 'already approved'],
    ['declined', [decline(HUGO, 1)], 'already declined'],
    ['waiting for changes', [requestChanges(HUGO, 1)], 'reopens once the work is marked ready'],
  ])('refuses a decision on a closed gate (%s)', (_, entries, says) => {
    const answer = ask(LEA, entries, { decision: 'approve' });
    expect(answer).toMatchObject({ ok: false, code: 'GATE_CLOSED', message: expect.stringContaining(says) });
  });

  it('reopens for decisions once the work is ready again after changes were requested', () => {
    expect(ask(HUGO, [requestChanges(HUGO, 1), ready(2)], { decision: 'approve' })).toEqual({ ok: true, decidingFor: HUGO });
  });

  it('refuses the same decision twice in a round but lets an approver change their mind while the gate is open', () => {
    const entries = [approve(LEA, 1)];
    expect(ask(LEA, entries, { decision: 'approve' })).toMatchObject({
      ok: false,
      code: 'ALREADY_DECIDED',
      message: 'You have already approved the gate "Legal" in this round.',
    });
    expect(ask(LEA, entries, { decision: 'decline' })).toEqual({ ok: true, decidingFor: LEA });
    expect(ask(LEA, entries)).toEqual({ ok: true, decidingFor: LEA });
  });

  it('lets a delegate decide for the approver while the delegation is in force, and the approver still decide', () => {
    const entries = [delegation(LEA, ALEX, '2026-11-30', 1)];
    expect(ask(ALEX, entries, { decision: 'approve' })).toEqual({ ok: true, decidingFor: LEA, onBehalfOf: LEA });
    expect(ask(LEA, entries, { decision: 'approve' })).toEqual({ ok: true, decidingFor: LEA });
    expect(ask(ALEX, entries, { today: '2026-12-01' })).toMatchObject({ ok: false, code: 'NOT_APPROVER' });
    expect(ask(ALEX, [...entries, approve(ALEX, 2, { onBehalfOf: LEA })], { decision: 'approve' })).toMatchObject({
      ok: false,
      code: 'ALREADY_DECIDED',
      message: expect.stringContaining('This approver has'),
    });
  });

  it('refuses a delegate who is the assignee of the gated work', () => {
    const entries = [delegation(LEA, NOAH, '2026-11-30', 1)];
    expect(ask(NOAH, entries)).toMatchObject({ ok: false, code: 'SELF_APPROVAL' });
  });
});

describe('validateDecision', () => {
  const legal = gate({ declineNeedsReason: true });
  const lenient = gate({ declineNeedsReason: false });
  it.each([
    { g: legal, decision: 'decline' as const, reason: undefined, field: 'reason', says: 'reason: is required to decline the gate "Legal"' },
    { g: legal, decision: 'decline' as const, reason: '   ', field: 'reason', says: 'reason: is required to decline' },
    {
      g: lenient,
      decision: 'request_changes' as const,
      reason: undefined,
      field: 'reason',
      says: 'reason: is required to request changes',
    },
    {
      g: legal,
      decision: 'approve' as const,
      reason: 'x'.repeat(2001),
      field: 'reason',
      says: 'reason: must be at most 2000 characters (got 2001)',
    },
  ])('refuses $decision with reason "$reason" on $g.declineNeedsReason', ({ g, decision, reason, field, says }) => {
    expect(validateDecision({ gate: g, decision, ...(reason !== undefined ? { reason } : {}) })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field,
      message: expect.stringContaining(says),
    });
  });

  it('accepts a decline without reason when the gate allows it, and trims the text it records', () => {
    expect(validateDecision({ gate: lenient, decision: 'decline' })).toEqual({ ok: true });
    expect(validateDecision({ gate: legal, decision: 'decline', reason: '  Claims unproven ', comment: ' ' })).toEqual({
      ok: true,
      reason: 'Claims unproven',
    });
    expect(validateDecision({ gate: legal, decision: 'approve', comment: 'x'.repeat(5001) })).toMatchObject({
      ok: false,
      field: 'comment',
    });
  });
});

describe('refusalError', () => {
  it('turns who-may-not refusals into FORBIDDEN and gate-state refusals into field errors', () => {
    expect(refusalError({ code: 'SELF_APPROVAL', message: 'm' })).toMatchObject({ code: 'FORBIDDEN', message: 'm', field: undefined });
    expect(refusalError({ code: 'GATE_CLOSED', message: 'm' })).toMatchObject({ code: 'INVALID_INPUT', field: 'gateId' });
    expect(refusalError({ code: 'ALREADY_DECIDED', message: 'm' })).toMatchObject({ code: 'INVALID_INPUT', field: 'decision' });
    expect(refusalError({ code: 'INVALID_UNTIL', message: 'm', field: 'until' })).toMatchObject({ code: 'INVALID_INPUT', field: 'until' });
  });
});
