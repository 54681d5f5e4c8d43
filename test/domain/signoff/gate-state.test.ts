import { SignOffEntry, type PlanGate, type Quorum } from '../../../src/domain/model';
import { gateState } from '../../../src/domain/signoff';
import {
  ALEX,
  approve,
  decision,
  decline,
  delegation,
  gate,
  goLive,
  HASH_B,
  HUGO,
  LEA,
  ready,
  requestChanges,
  SOPHIE,
  stale,
  statesOf,
  TODAY,
} from './fixtures';

const FOUR = [LEA, HUGO, SOPHIE, ALEX];
const one = (g: PlanGate, entries: SignOffEntry[], today = TODAY) => statesOf([g], entries, today)[g.gateId];

describe('gateState: quorum', () => {
  const cases: { quorum: Quorum; approvals: string[]; state: string; needed: number }[] = [
    { quorum: { kind: 'all' }, approvals: [LEA, HUGO, SOPHIE], state: 'open', needed: 4 },
    { quorum: { kind: 'all' }, approvals: FOUR, state: 'approved', needed: 4 },
    { quorum: { kind: 'any' }, approvals: [], state: 'open', needed: 1 },
    { quorum: { kind: 'any' }, approvals: [ALEX], state: 'approved', needed: 1 },
    { quorum: { kind: 'count', n: 2 }, approvals: [LEA], state: 'open', needed: 2 },
    { quorum: { kind: 'count', n: 2 }, approvals: [LEA, SOPHIE], state: 'approved', needed: 2 },
    { quorum: { kind: 'count', n: 9 }, approvals: FOUR, state: 'approved', needed: 4 },
    { quorum: { kind: 'percent', percent: 50 }, approvals: [HUGO], state: 'open', needed: 2 },
    { quorum: { kind: 'percent', percent: 51 }, approvals: [HUGO, LEA], state: 'open', needed: 3 },
    { quorum: { kind: 'percent', percent: 75 }, approvals: [HUGO, LEA, ALEX], state: 'approved', needed: 3 },
  ];
  it.each(cases)(
    '$quorum.kind $quorum with $approvals.length approvals of 4 → $state (needs $needed)',
    ({ quorum, approvals, state, needed }) => {
      const s = one(
        gate({ approverAccountIds: FOUR, quorum }),
        approvals.map((a, i) => approve(a, i)),
      );
      expect(s!.state).toBe(state);
      expect(s!.approvalsNeeded).toBe(needed);
      expect(s!.approvedBy).toEqual(FOUR.filter((a) => approvals.includes(a)));
      expect(s!.pending).toEqual(state === 'approved' ? [] : FOUR.filter((a) => !approvals.includes(a)));
    },
  );

  it('closes as declined on a single decline, even when the quorum could still be met', () => {
    const s = one(gate({ approverAccountIds: FOUR, quorum: { kind: 'any' } }), [decline(HUGO, 1)]);
    expect(s).toMatchObject({ state: 'declined', pending: [], approvedBy: [] });
  });

  it('when the gate lets declines count against the quorum, stays open while the quorum can still be met, then closes as declined', () => {
    const majority = gate({ approverAccountIds: [LEA, HUGO, SOPHIE], quorum: { kind: 'count', n: 2 }, declineClosesGate: false });
    expect(one(majority, [decline(HUGO, 1)])).toMatchObject({ state: 'open', pending: [LEA, SOPHIE] });
    expect(one(majority, [decline(HUGO, 1), approve(LEA, 2), approve(SOPHIE, 3)])!.state).toBe('approved');
    expect(one(majority, [decline(HUGO, 1), approve(LEA, 2), decline(SOPHIE, 3)])).toMatchObject({ state: 'declined', pending: [] });
    // With the usual rule the same first decline closes the gate.
    expect(one({ ...majority, declineClosesGate: true }, [decline(HUGO, 1)])!.state).toBe('declined');
  });

  it('asks for changes when an approver requests them', () => {
    expect(one(gate(), [approve(LEA, 1), requestChanges(HUGO, 2)])!.state).toBe('changes_requested');
  });

  it('is approved when the quorum is reached before a decline arrives; the late decline stays on the record without counting', () => {
    const s = one(gate({ approverAccountIds: FOUR, quorum: { kind: 'count', n: 2 } }), [
      approve(LEA, 1),
      approve(SOPHIE, 2),
      decline(HUGO, 3),
    ]);
    expect(s!.state).toBe('approved');
    expect(s!.decisions.map((d) => d.approverAccountId)).toEqual([LEA, SOPHIE]);
  });

  it('never approves a gate without approvers', () => {
    expect(one(gate({ approverAccountIds: [] }), [])!.state).toBe('open');
  });

  it('ignores decisions of people who are not approvers (any more)', () => {
    const s = one(gate(), [approve(LEA, 1), approve(SOPHIE, 2)]);
    expect(s).toMatchObject({ state: 'open', approvedBy: [LEA], pending: [HUGO] });
  });

  it('replays entries in the order they were made, whatever order they come in', () => {
    const entries = [approve(LEA, 1), decline(LEA, 2)];
    expect(one(gate(), entries)!.state).toBe('declined');
    expect(one(gate(), [...entries].reverse())!.state).toBe('declined');
  });
});

describe('gateState: an approver changes their mind while the gate is open', () => {
  it('counts only their latest decision', () => {
    const s = one(gate({ quorum: { kind: 'all' } }), [approve(LEA, 1), decision(LEA, 'request_changes', { t: 2, reason: 'Wait' })]);
    expect(s!.state).toBe('changes_requested');
    expect(s!.decisions).toEqual([expect.objectContaining({ approverAccountId: LEA, decision: 'request_changes' })]);
  });
});

describe('gateState: sequential and parallel gates', () => {
  it('keeps a gate waiting until the gate before it is approved, then opens it', () => {
    const before = statesOf([gate(), goLive()], [approve(LEA, 1)]);
    expect(before['go-live']).toMatchObject({ state: 'waiting', pending: [SOPHIE] });
    const after = statesOf([gate(), goLive()], [approve(LEA, 1), approve(HUGO, 2)]);
    expect(after['go-live']!.state).toBe('open');
  });

  it('stays waiting when the gate before is declined, and whatever its own record says', () => {
    const s = statesOf([gate(), goLive()], [decline(HUGO, 1), approve(SOPHIE, 2, { gateId: 'go-live' })]);
    expect(s['go-live']!.state).toBe('waiting');
  });

  it('runs parallel gates at the same time', () => {
    const brand = gate({ gateId: 'brand', name: 'Brand', approverAccountIds: [ALEX] });
    const s = statesOf([gate(), brand], []);
    expect([s.legal!.state, s.brand!.state]).toEqual(['open', 'open']);
  });

  it('never opens a chain that loops back on itself', () => {
    const a = gate({ gateId: 'a', afterGateId: 'b' });
    const b = gate({ gateId: 'b', afterGateId: 'a' });
    const s = statesOf([a, b], []);
    expect([s.a!.state, s.b!.state]).toEqual(['waiting', 'waiting']);
  });

  it('answers for one gate from its own entries and the campaign record (gateState)', () => {
    const entries = [approve(LEA, 1), approve(HUGO, 2)];
    const ctx = { gates: [gate(), goLive()], allEntries: entries, today: TODAY, calendar: 'FR' as const };
    expect(gateState(goLive(), [], ctx).state).toBe('open');
    expect(gateState(goLive(), [approve(SOPHIE, 3, { gateId: 'go-live' })], ctx).state).toBe('approved');
  });
});

describe('gateState: rounds (stale content, ready again)', () => {
  it('no longer counts approvals once the content changed (stale), and shows what changed', () => {
    const s = one(gate(), [approve(LEA, 1), approve(HUGO, 2), stale(3, ['description', 'attachments'], { hash: HASH_B })]);
    expect(s).toMatchObject({ state: 'open', approvedBy: [], pending: [LEA, HUGO], round: { number: 2, startedBy: 'stale' } });
    expect(s!.stale).toEqual({ changedFields: ['description', 'attachments'], at: expect.any(String) });
  });

  it('reopens after changes were requested once the work is ready again, and approves in the new round', () => {
    const entries = [approve(LEA, 1), requestChanges(HUGO, 2), ready(3)];
    expect(one(gate(), entries)).toMatchObject({
      state: 'open',
      pending: [LEA, HUGO],
      stale: null,
      round: { number: 2, startedBy: 'ready' },
    });
    expect(one(gate(), [...entries, approve(LEA, 4), approve(HUGO, 5)])!.state).toBe('approved');
  });

  it('makes a successor wait again when its predecessor goes stale', () => {
    const entries = [approve(LEA, 1), approve(HUGO, 2), approve(SOPHIE, 3, { gateId: 'go-live' }), stale(4, ['summary'])];
    expect(statesOf([gate(), goLive()], entries)['go-live']).toMatchObject({ state: 'waiting', pending: [] });
  });
});

describe('gateState: delegations and lateness', () => {
  it('lists delegations in force today (until inclusive), the latest per approver', () => {
    const entries = [
      delegation(LEA, ALEX, '2026-11-30', 1),
      delegation(LEA, SOPHIE, '2026-11-25', 2),
      delegation(HUGO, ALEX, '2026-11-23', 3),
    ];
    expect(one(gate(), entries, '2026-11-25')!.delegations).toEqual([
      { from: LEA, to: SOPHIE, until: '2026-11-25', entryId: entries[1]!.entryId },
    ]);
    expect(one(gate(), entries, '2026-11-26')!.delegations).toEqual([]);
    // Not yet in force the day before it was made (2026-11-20).
    expect(one(gate(), entries, '2026-11-19')!.delegations).toEqual([]);
  });

  it('counts a delegate’s decision for the approver they decided for', () => {
    const s = one(gate(), [delegation(LEA, ALEX, '2026-11-30', 1), approve(ALEX, 2, { onBehalfOf: LEA }), approve(HUGO, 3)]);
    expect(s!.state).toBe('approved');
    expect(s!.decisions[0]).toMatchObject({ approverAccountId: LEA, actorAccountId: ALEX, onBehalfOf: LEA });
  });

  it('is late by business days until it is approved or declined (due Thu 11-26, today Tue 12-01: Fri, Mon, Tue)', () => {
    expect(one(gate(), [], '2026-12-01')).toMatchObject({ late: true, businessDaysLate: 3 });
    expect(one(gate(), [requestChanges(LEA, 1)], '2026-12-01')).toMatchObject({ late: true });
    expect(one(gate(), [approve(LEA, 1), approve(HUGO, 2)], '2026-12-01')).toMatchObject({ late: false, businessDaysLate: 0 });
    expect(one(gate(), [], '2026-11-26')).toMatchObject({ late: false });
  });
});

it('builds fixture entries that the record schema accepts', () => {
  for (const e of [approve(LEA, 1), decline(HUGO, 2), stale(3, ['summary']), ready(4), delegation(LEA, ALEX, '2026-12-01', 5)])
    expect(SignOffEntry.parse(e)).toEqual(e);
});
