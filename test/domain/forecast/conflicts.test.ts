import { approverClashes, weeklyLoad, type Activity } from '../../../src/domain/forecast';

const TODAY = '2026-12-07'; // Monday
const task = (key: string, campaign: string, workDays: number, start: string, dueDate: string, assignee = 'noah'): Activity => ({
  key,
  name: key,
  campaign,
  kind: 'task',
  workDays,
  done: false,
  assignee,
  role: 'designer',
  predecessors: [],
  dueDate,
  start,
});

describe('weekly load across campaigns', () => {
  it('adds two campaigns on the same designer in the same week and flags the over-allocation', () => {
    const load = weeklyLoad({
      activities: [task('A-2', 'A-1', 3, '2026-12-07', '2026-12-11'), task('B-2', 'B-1', 4, '2026-12-07', '2026-12-11')],
      people: [],
      calendar: 'FR',
      today: TODAY,
      weeks: 4,
    });
    expect(load).toEqual([
      { accountId: 'noah', weekStart: '2026-12-07', demandDays: 7, capacityDays: 5, ratio: 1.4, level: 'over', campaigns: ['A-1', 'B-1'] },
    ]);
  });

  it('spreads work over its planned days, counts time off and partial availability, and marks 85 % as at risk', () => {
    const activities = [task('A-2', 'A-1', 6, '2026-12-07', '2026-12-18')]; // 10 business days: 3 person-days a week
    const full = weeklyLoad({ activities, people: [], calendar: 'FR', today: TODAY, weeks: 4 });
    expect(full.map((w) => [w.weekStart, w.demandDays, w.level])).toEqual([
      ['2026-12-07', 3, 'ok'],
      ['2026-12-14', 3, 'ok'],
    ]);
    const part = weeklyLoad({
      activities,
      people: [{ accountId: 'noah', availability: 0.8, reserved: 0.25, timeOff: [{ from: '2026-12-14', to: '2026-12-15' }] }],
      calendar: 'FR',
      today: TODAY,
      weeks: 4,
    });
    // 0.8 × 0.75 = 0.6 a day: 3 days a week, 1.8 in the week with two days off.
    expect(part.map((w) => [w.weekStart, w.capacityDays, w.ratio, w.level])).toEqual([
      ['2026-12-07', 3, 1, 'at_risk'],
      ['2026-12-14', 1.8, 1.67, 'over'],
    ]);
  });

  it('puts overdue work on this week and ignores done work and unassigned work', () => {
    const load = weeklyLoad({
      activities: [
        task('A-2', 'A-1', 2, '2026-11-23', '2026-11-27'),
        { ...task('A-3', 'A-1', 9, '2026-12-07', '2026-12-08'), done: true },
        { ...task('A-4', 'A-1', 9, '2026-12-07', '2026-12-08'), assignee: null },
      ],
      people: [],
      calendar: 'FR',
      today: TODAY,
      weeks: 2,
    });
    expect(load).toMatchObject([{ weekStart: '2026-12-07', demandDays: 2, level: 'ok' }]);
  });
});

describe('approver clashes', () => {
  it('finds an approver with two open sign-offs due the same day in two campaigns', () => {
    const gate = (campaign: string, gateId: string, dueDate: string, closed = false) => ({
      campaign,
      gateId,
      name: gateId,
      dueDate,
      approverAccountIds: ['lea'],
      closed,
    });
    expect(
      approverClashes(
        [
          gate('A-1', 'legal', '2026-12-10'),
          gate('B-1', 'legal', '2026-12-10'),
          gate('C-1', 'legal', '2026-12-10', true),
          gate('D-1', 'legal', '2026-12-11'),
        ],
        TODAY,
      ),
    ).toEqual([
      {
        accountId: 'lea',
        date: '2026-12-10',
        gates: [
          { campaign: 'A-1', gateId: 'legal', name: 'legal' },
          { campaign: 'B-1', gateId: 'legal', name: 'legal' },
        ],
      },
    ]);
  });
});
