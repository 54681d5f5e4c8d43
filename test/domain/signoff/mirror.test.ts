import { SignOffMirror, type SignOffEntry } from '../../../src/domain/model';
import { mirrorOf } from '../../../src/domain/signoff';
import { approve, decline, gate, goLive, HUGO, LEA, requestChanges, SOPHIE, statesOf } from './fixtures';

const NOW = '2026-11-24T10:00:00.000Z';
const brand = gate({ gateId: 'brand', name: 'Brand', approverAccountIds: [SOPHIE] });
const mirror = (entries: SignOffEntry[], gates = [gate(), brand, goLive()]) =>
  mirrorOf(gates, Object.values(statesOf(gates, entries)), entries.length, NOW);

describe('mirrorOf', () => {
  it('mirrors each gate and the most pressing status, in the schema of the issue property', () => {
    const m = mirror([approve(LEA, 1)]);
    expect(SignOffMirror.parse(m)).toEqual(m);
    expect(m).toEqual({
      status: 'pending',
      gates: [
        { gateId: 'legal', status: 'pending', pending: [HUGO], approvedBy: [LEA], dueDate: '2026-11-26' },
        { gateId: 'brand', status: 'pending', pending: [SOPHIE], approvedBy: [], dueDate: '2026-11-26' },
        { gateId: 'go-live', status: 'waiting', pending: [SOPHIE], approvedBy: [], dueDate: '2026-11-30' },
      ],
      entries: 1,
      updatedAt: NOW,
    });
  });

  it.each([
    [
      'changes requested beats a decline and waiting',
      [requestChanges(HUGO, 1), decline(SOPHIE, 2, { gateId: 'brand' })],
      'changes_requested',
    ],
    ['a decline beats waiting', [decline(HUGO, 1), approve(SOPHIE, 2, { gateId: 'brand' })], 'declined'],
    [
      'everything approved',
      [approve(LEA, 1), approve(HUGO, 2), approve(SOPHIE, 3, { gateId: 'brand' }), approve(SOPHIE, 4, { gateId: 'go-live' })],
      'approved',
    ],
  ])('picks the most pressing status: %s', (_, entries, status) => {
    expect(mirror(entries).status).toBe(status);
  });

  it('takes the states as a map too', () => {
    const gates = [gate()];
    const states = statesOf(gates, [approve(LEA, 1), approve(HUGO, 2)]);
    expect(mirrorOf(gates, new Map(Object.entries(states)), 2, NOW).status).toBe('approved');
  });

  it('is approved with no gate, and takes a Date as `now`', () => {
    expect(mirrorOf([], [], 0, new Date(NOW))).toEqual({ status: 'approved', gates: [], entries: 0, updatedAt: NOW });
  });
});
