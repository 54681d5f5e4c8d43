import fc from 'fast-check';
import type { DecisionKind, PlanGate, Quorum, SignOffEntry } from '../../../src/domain/model';
import { approvalsNeeded, mayDecide } from '../../../src/domain/signoff';
import { approve, decision, delegation, gate, stale, statesOf } from './fixtures';

const quorumArb: fc.Arbitrary<Quorum> = fc.oneof(
  fc.constant<Quorum>({ kind: 'all' }),
  fc.constant<Quorum>({ kind: 'any' }),
  fc.integer({ min: 1, max: 12 }).map((n): Quorum => ({ kind: 'count', n })),
  fc.integer({ min: 1, max: 100 }).map((percent): Quorum => ({ kind: 'percent', percent })),
);
const approversArb = fc.integer({ min: 1, max: 10 }).map((n) => Array.from({ length: n }, (_, i) => `acc-approver-${i}`));
const gateArb = fc
  .record({ quorum: quorumArb, approvers: approversArb })
  .map(({ quorum, approvers }) => gate({ quorum, approverAccountIds: approvers }));
const stateOf = (g: PlanGate, entries: SignOffEntry[]) => statesOf([g], entries)[g.gateId];

describe('quorum (property-based)', () => {
  it('approves exactly when the distinct approvals reach the quorum, counting never more than needed', () => {
    fc.assert(
      fc.property(gateArb, fc.array(fc.nat({ max: 9 }), { maxLength: 20 }), (g, picks) => {
        const approvers = g.approverAccountIds;
        const entries = picks.map((p, t) => approve(approvers[p % approvers.length]!, t));
        const s = stateOf(g, entries);
        const distinct = new Set(entries.map((e) => e.actorAccountId)).size;
        const needed = approvalsNeeded(g.quorum, approvers.length);
        expect(needed).toBeLessThanOrEqual(approvers.length);
        expect(needed).toBeGreaterThanOrEqual(1);
        expect(s!.state).toBe(distinct >= needed ? 'approved' : 'open');
        expect(s!.approvedBy.length).toBe(Math.min(distinct, needed));
      }),
    );
  });

  it('gives the same outcome whatever order the approvers decide in (one decision each)', () => {
    const negative = fc.constantFrom<DecisionKind>('decline', 'request_changes');
    fc.assert(
      fc.property(
        gateArb,
        negative,
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        fc.array(fc.nat({ max: 2 }), { minLength: 10, maxLength: 10 }),
        fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
        (g, neg, approves, silent, keys) => {
          // Each approver either stays silent, approves, or gives the one negative decision kind of this run.
          const decided = g.approverAccountIds.flatMap((a, i): { a: string; kind: DecisionKind }[] =>
            silent[i] === 0 ? [] : [{ a, kind: approves[i] ? 'approve' : neg }],
          );
          const needed = approvalsNeeded(g.quorum, g.approverAccountIds.length);
          const approvals = decided.filter((d) => d.kind === 'approve').length;
          const hasNegative = decided.some((d) => d.kind !== 'approve');
          // With both enough approvals and a refusal, whichever comes first settles the gate: that case is order-dependent by design.
          fc.pre(!(approvals >= needed && hasNegative));
          const expected = approvals >= needed ? 'approved' : hasNegative ? (neg === 'decline' ? 'declined' : 'changes_requested') : 'open';
          const order = decided.map((d, i) => ({ d, key: keys[i] }));
          const shuffled = [...order].sort((x, y) => x.key! - y.key!).map((x) => x.d);
          for (const sequence of [decided, shuffled, [...decided].reverse()]) {
            expect(
              stateOf(
                g,
                sequence.map((d, t) => decision(d.a, d.kind, { t, reason: 'why' })),
              )!.state,
            ).toBe(expected);
          }
        },
      ),
    );
  });

  it('does not depend on the order entries are listed in (only on when they were made)', () => {
    fc.assert(
      fc.property(
        gateArb,
        fc.array(fc.record({ who: fc.nat({ max: 9 }), kind: fc.constantFrom<DecisionKind>('approve', 'decline', 'request_changes') }), {
          maxLength: 15,
        }),
        (g, raw) => {
          const entries = raw.map((r, t) =>
            decision(g.approverAccountIds[r.who % g.approverAccountIds.length]!, r.kind, { t, reason: 'why' }),
          );
          const reversed = [...entries].reverse();
          expect(stateOf(g, reversed)).toEqual(stateOf(g, entries));
        },
      ),
    );
  });
});

describe('order of gates (property-based)', () => {
  it('never opens a gate before the gate it follows is approved', () => {
    const chainArb = fc.array(fc.option(fc.nat({ max: 7 }), { nil: undefined }), { minLength: 1, maxLength: 8 });
    const entriesArb = fc.array(
      fc.record({
        gate: fc.nat({ max: 7 }),
        who: fc.nat({ max: 1 }),
        kind: fc.constantFrom<DecisionKind>('approve', 'approve', 'decline', 'request_changes'),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(chainArb, entriesArb, (after, raw) => {
        const gates = after.map((a, i) =>
          gate({
            gateId: `g${i}`,
            approverAccountIds: ['acc-x', 'acc-y'],
            quorum: { kind: 'any' },
            ...(a !== undefined ? { afterGateId: `g${a % after.length}` } : {}),
          }),
        );
        const entries = raw.map((r, t) =>
          decision(r.who === 0 ? 'acc-x' : 'acc-y', r.kind, { t, gateId: `g${r.gate % gates.length}`, reason: 'why' }),
        );
        const states = statesOf(gates, entries);
        for (const g of gates) {
          if (g.afterGateId && states[g.gateId]!.state !== 'waiting') expect(states[g.afterGateId]!.state).toBe('approved');
          if (g.afterGateId === g.gateId) expect(states[g.gateId]!.state).toBe('waiting');
        }
      }),
    );
  });
});

describe('staleness (property-based)', () => {
  it('a content change after approvals leaves the gate not approved, until approved again on the new content', () => {
    fc.assert(
      fc.property(gateArb, fc.subarray(['summary', 'description', 'attachments'] as const, { minLength: 1 }), (g, fields) => {
        const approvals = g.approverAccountIds.map((a, t) => approve(a, t));
        expect(stateOf(g, approvals)!.state).toBe('approved');
        const afterChange = [...approvals, stale(100, [...fields])];
        expect(stateOf(g, afterChange)).toMatchObject({ state: 'open', approvedBy: [], stale: { changedFields: [...fields] } });
        const again = g.approverAccountIds.map((a, t) => approve(a, 200 + t, { hash: 'b'.repeat(64) }));
        expect(stateOf(g, [...afterChange, ...again])!.state).toBe('approved');
      }),
    );
  });
});

describe('delegation window (property-based)', () => {
  it('lets a delegate decide exactly from the day the delegation was made through its last day', () => {
    // Delegations are made on 2026-11-20 (fixture time); `until` and `today` range around it.
    const day = (n: number) => new Date(Date.UTC(2026, 10, 20 + n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 }), fc.integer({ min: -5, max: 100 }), (untilOffset, todayOffset) => {
        const g = gate({ approverAccountIds: ['acc-lea', 'acc-hugo'] });
        const entries = [delegation('acc-lea', 'acc-alex', day(untilOffset), 1)];
        const today = day(todayOffset);
        const state = statesOf([g], entries, today)[g.gateId]!;
        const answer = mayDecide({
          gate: g,
          state,
          actorAccountId: 'acc-alex',
          gatedIssue: { assigneeAccountId: null, reporterAccountId: null },
          today,
          entries,
          decision: 'approve',
        });
        const inForce = todayOffset >= 0 && todayOffset <= untilOffset;
        expect(answer.ok).toBe(inForce);
        expect(state.delegations.length).toBe(inForce ? 1 : 0);
        if (answer.ok) expect(answer).toEqual({ ok: true, decidingFor: 'acc-lea', onBehalfOf: 'acc-lea' });
        else expect(answer.code).toBe('NOT_APPROVER');
      }),
    );
  });
});
