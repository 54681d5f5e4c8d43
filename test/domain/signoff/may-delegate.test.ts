import type { PlanGate, SignOffEntry } from '../../../src/domain/model';
import { mayDelegate } from '../../../src/domain/signoff';
import { ALEX, approve, CAMILLE, decline, gate, goLive, HUGO, LEA, NOAH, SOPHIE, statesOf, TODAY } from './fixtures';

function ask(actor: string, to: string, until: string, entries: SignOffEntry[] = [], g: PlanGate = gate()) {
  const gates = g.gateId === 'legal' ? [g] : [gate(), g];
  const state = statesOf(gates, entries)[g.gateId]!;
  return mayDelegate({
    gate: g,
    state,
    actorAccountId: actor,
    toAccountId: to,
    until,
    today: TODAY,
    gatedIssue: { key: 'MKT-2', assigneeAccountId: NOAH, reporterAccountId: CAMILLE },
  });
}

describe('mayDelegate', () => {
  it('lets an approver of an open or waiting gate delegate to someone independent, up to 90 days (inclusive)', () => {
    expect(ask(LEA, ALEX, TODAY)).toEqual({ ok: true });
    expect(ask(LEA, ALEX, '2027-02-22')).toEqual({ ok: true });
    expect(ask(SOPHIE, ALEX, '2026-12-01', [], goLive())).toEqual({ ok: true });
  });

  it.each([
    ['a non-approver', ALEX, SOPHIE, '2026-12-01', [], { code: 'NOT_APPROVER' }],
    [
      'on an approved gate',
      LEA,
      ALEX,
      '2026-12-01',
      [approve(LEA, 1), approve(HUGO, 2)],
      { code: 'GATE_CLOSED', message: expect.stringContaining('already approved') },
    ],
    ['on a declined gate', LEA, ALEX, '2026-12-01', [decline(HUGO, 1)], { code: 'GATE_CLOSED' }],
    ['to themselves', LEA, LEA, '2026-12-01', [], { code: 'INVALID_DELEGATE', field: 'toAccountId' }],
    [
      'to another approver',
      LEA,
      HUGO,
      '2026-12-01',
      [],
      { code: 'INVALID_DELEGATE', field: 'toAccountId', message: expect.stringContaining('already an approver') },
    ],
    [
      'to the assignee of the gated work',
      LEA,
      NOAH,
      '2026-12-01',
      [],
      {
        code: 'INVALID_DELEGATE',
        message: 'toAccountId: this person is the assignee of the work the gate "Legal" guards and may not approve it',
      },
    ],
    [
      'to the reporter of the gated work',
      LEA,
      CAMILLE,
      '2026-12-01',
      [],
      { code: 'INVALID_DELEGATE', message: expect.stringContaining('reporter') },
    ],
    [
      'until yesterday',
      LEA,
      ALEX,
      '2026-11-23',
      [],
      { code: 'INVALID_UNTIL', field: 'until', message: 'until: must be today (2026-11-24) or later, got 2026-11-23' },
    ],
    [
      'for 91 days',
      LEA,
      ALEX,
      '2027-02-23',
      [],
      { code: 'INVALID_UNTIL', message: 'until: must be at most 90 days from today (2027-02-22 at the latest), got 2027-02-23' },
    ],
    [
      'until a date that does not exist',
      LEA,
      ALEX,
      '2026-02-30',
      [],
      { code: 'INVALID_UNTIL', message: 'until: is not a real calendar date' },
    ],
  ] as const)('refuses delegating %s', (_, actor, to, until, entries, expected) => {
    expect(ask(actor, to, until, [...entries])).toMatchObject({ ok: false, message: expect.any(String), ...expected });
  });
});
