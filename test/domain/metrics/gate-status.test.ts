import { approvalsNeeded, gateStatuses } from '../../../src/domain/metrics';
import { entriesFromDecisions } from '../../support/decision-entries';

/** Decisions by gate and approver, given as the sign-off record entries they stand for. */
type Decisions = Parameters<typeof entriesFromDecisions>[0];
import { HUGO, KEYS, LEA, PEOPLE, plan, SOPHIE, TODAY } from './fixtures';

const statuses = (opts: { today?: string; acting?: string; decisions?: Decisions; people?: Record<string, string> } = {}) =>
  gateStatuses({
    gates: plan().gates,
    issueKeys: KEYS,
    people: opts.people ?? PEOPLE,
    actingAccountId: opts.acting ?? LEA,
    today: opts.today ?? TODAY,
    calendar: 'FR',
    entries: opts.decisions && entriesFromDecisions(opts.decisions),
  });
const at = '2026-11-18T10:00:00.000Z';

describe('gateStatuses', () => {
  it('opens a parallel gate and keeps a sequential one waiting until the one before is approved', () => {
    const [legal, goLive] = statuses({ today: '2026-11-10' });
    expect(legal).toMatchObject({
      gateId: 'legal',
      name: 'Legal',
      milestoneKey: KEYS.creative,
      state: 'open',
      pending: [LEA, HUGO],
      dueDate: '2026-11-19',
      late: false,
      businessDaysLate: 0,
      quorum: { kind: 'all' },
    });
    expect(goLive).toMatchObject({ gateId: 'go-live', milestoneKey: KEYS.launch, state: 'waiting', pending: [SOPHIE] });
  });

  it('lists approvers with display names and no decisions yet (unknown people keep their account id)', () => {
    const [legal] = statuses({ people: { [LEA]: 'Léa Martin' } });
    expect(legal!.approvers).toEqual([
      { accountId: LEA, displayName: 'Léa Martin', decision: null, decidedAt: null },
      { accountId: HUGO, displayName: HUGO, decision: null, decidedAt: null },
    ]);
  });

  it('is late by the business days since its due date (Thu 11-19 → Tue 11-24: Fri, Mon, Tue)', () => {
    expect(statuses()[0]).toMatchObject({ late: true, businessDaysLate: 3 });
    expect(statuses({ today: '2026-11-19' })[0]).toMatchObject({ late: false, businessDaysLate: 0 });
    // Due on a Friday, not yet late on the weekend after.
    const fridayGate = { ...plan().gates[0]!, dueDate: '2026-11-20' };
    const [sat] = gateStatuses({
      gates: [fridayGate],
      issueKeys: KEYS,
      people: PEOPLE,
      actingAccountId: LEA,
      today: '2026-11-21',
      calendar: 'FR',
    });
    expect(sat).toMatchObject({ late: false, businessDaysLate: 0 });
  });

  it('lets only a pending approver of an open gate decide', () => {
    expect(statuses({ acting: LEA }).map((g) => g.canDecide)).toEqual([true, false]);
    expect(statuses({ acting: SOPHIE }).map((g) => g.canDecide)).toEqual([false, false]);
    expect(statuses({ acting: 'acc-camille' }).map((g) => g.canDecide)).toEqual([false, false]);
  });

  it('applies recorded decisions: approval opens the next gate and a settled gate is never late', () => {
    const approved = { decision: 'approved' as const, decidedAt: at };
    const [legal, goLive] = statuses({ acting: SOPHIE, decisions: { legal: { [LEA]: approved, [HUGO]: approved } } });
    expect(legal).toMatchObject({ state: 'approved', pending: [], late: false, canDecide: false });
    expect(goLive).toMatchObject({ state: 'open', canDecide: true });
  });

  it('needs every approval for quorum all; one approval leaves it open for the other', () => {
    const [legal] = statuses({ decisions: { legal: { [LEA]: { decision: 'approved', decidedAt: at } } } });
    expect(legal).toMatchObject({ state: 'open', pending: [HUGO], canDecide: false });
    expect(legal!.approvers[0]).toMatchObject({ decision: 'approved', decidedAt: at });
  });

  it('is declined once the quorum cannot be reached, and asks for changes when someone requests them', () => {
    expect(statuses({ decisions: { legal: { [HUGO]: { decision: 'declined', decidedAt: at } } } })[0]!.state).toBe('declined');
    expect(statuses({ decisions: { legal: { [HUGO]: { decision: 'changes_requested', decidedAt: at } } } })[0]!.state).toBe(
      'changes_requested',
    );
  });
});

describe('approvalsNeeded', () => {
  it('reads each quorum kind, never asking for more people than there are', () => {
    expect(approvalsNeeded({ kind: 'all' }, 3)).toBe(3);
    expect(approvalsNeeded({ kind: 'any' }, 3)).toBe(1);
    expect(approvalsNeeded({ kind: 'count', n: 2 }, 3)).toBe(2);
    expect(approvalsNeeded({ kind: 'count', n: 5 }, 3)).toBe(3);
    expect(approvalsNeeded({ kind: 'percent', percent: 50 }, 3)).toBe(2);
    expect(approvalsNeeded({ kind: 'percent', percent: 100 }, 4)).toBe(4);
  });
});
