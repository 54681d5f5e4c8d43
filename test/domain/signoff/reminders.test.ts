import type { PlanGate, SignOffEntry } from '../../../src/domain/model';
import { reminders } from '../../../src/domain/signoff';
import { ALEX, approve, CAMILLE, delegation, gate, goLive, HUGO, LEA, SOPHIE, statesOf } from './fixtures';

// Legal is due Thu 2026-11-26; go-live (after legal) Mon 2026-11-30.
function remind(today: string, entries: SignOffEntry[] = [], sent: string[] = [], gates: PlanGate[] = [gate(), goLive()]) {
  return reminders({
    gates,
    states: gateStatesList(gates, entries, today),
    today,
    calendar: 'FR',
    alreadySentToday: new Set(sent),
    pmAccountId: CAMILLE,
  });
}
const gateStatesList = (gates: PlanGate[], entries: SignOffEntry[], today: string) => Object.values(statesOf(gates, entries, today));

describe('reminders', () => {
  it.each([
    ['Fri 11-20 (4 business days left)', '2026-11-20', []],
    ['Mon 11-23 (3 left)', '2026-11-23', []],
    ['Tue 11-24 (2 left)', '2026-11-24', [{ kind: 'due_soon', businessDays: 2 }]],
    ['Thu 11-26 (due today)', '2026-11-26', [{ kind: 'due_soon', businessDays: 0 }]],
    ['Fri 11-27 (1 business day late)', '2026-11-27', [{ kind: 'late', businessDays: 1 }]],
    ['Mon 11-30 (2 business days late: Fri, Mon)', '2026-11-30', [{ kind: 'late', businessDays: 2 }]],
  ])('on %s', (_, today, expected) => {
    expect(remind(today).map((r) => ({ kind: r.kind, businessDays: r.businessDays }))).toEqual(expected);
  });

  it('mentions the pending approvers (and their delegates), and escalates a late gate to the PM', () => {
    const [late] = remind('2026-11-30', [approve(LEA, 1), delegation(HUGO, ALEX, '2026-12-04', 2)]);
    expect(late).toEqual({
      gateId: 'legal',
      gateName: 'Legal',
      milestoneRowId: 'creative',
      dueDate: '2026-11-26',
      kind: 'late',
      businessDays: 2,
      mention: [HUGO, ALEX],
      escalateTo: CAMILLE,
      dedupeKey: 'legal:2026-11-30',
    });
    expect(remind('2026-11-25')[0]!.escalateTo).toBeNull();
  });

  it('does not call a gate due on a Friday late on the weekend after', () => {
    expect(remind('2026-11-28', [], [], [gate({ dueDate: '2026-11-27' })])).toEqual([]);
    expect(remind('2026-11-30', [], [], [gate({ dueDate: '2026-11-27' })])).toMatchObject([{ kind: 'late', businessDays: 1 }]);
  });

  it('sends no duplicate reminder the same day, but reminds again the next day', () => {
    const first = remind('2026-11-30');
    expect(
      remind(
        '2026-11-30',
        [],
        first.map((r) => r.dedupeKey),
      ),
    ).toEqual([]);
    expect(
      remind(
        '2026-12-01',
        [],
        first.map((r) => r.dedupeKey),
      ),
    ).toHaveLength(1);
  });

  it('leaves out settled and waiting gates, and reminds a sequential gate once it opens', () => {
    expect(remind('2026-11-30', [approve(LEA, 1), approve(HUGO, 2)]).map((r) => r.gateId)).toEqual(['go-live']);
    expect(remind('2026-11-30', [approve(LEA, 1), approve(HUGO, 2)])[0]).toMatchObject({
      kind: 'due_soon',
      businessDays: 0,
      mention: [SOPHIE],
    });
  });
});
