import { levelingProposals, type LevelingInput } from '../../../src/domain/forecast/leveling';
import type { Activity } from '../../../src/domain/forecast';

const task = (key: string, campaign: string, assignee: string, start: string, due: string, workDays: number): Activity => ({
  key,
  name: key,
  campaign,
  kind: 'task',
  workDays,
  done: false,
  assignee,
  role: 'designer',
  predecessors: [],
  dueDate: due,
  start,
});
const milestone = (key: string, campaign: string, due: string, predecessors: string[]): Activity => ({
  key,
  name: key,
  campaign,
  kind: 'milestone',
  workDays: 0,
  done: false,
  assignee: null,
  role: null,
  predecessors,
  dueDate: due,
});

/** Noah holds a full week on another campaign; the new plan adds three days of his in the same week. */
function input(milestoneDue: string, pools: LevelingInput['pools'] = {}): LevelingInput {
  return {
    campaign: 'plan',
    activities: [
      task('OTH-1', 'OTH', 'noah', '2026-12-07', '2026-12-11', 5),
      task('plan:t', 'plan', 'noah', '2026-12-07', '2026-12-09', 3),
      milestone('plan:m', 'plan', milestoneDue, ['plan:t']),
    ],
    people: [],
    pools,
    calendar: 'FR',
    today: '2026-12-01',
  };
}

describe('leveling proposals (domain)', () => {
  it('moves a task within its slack first: out of the overloaded week, before its milestone', () => {
    expect(levelingProposals(input('2026-12-23'))).toEqual([
      {
        change: { kind: 'shift', key: 'plan:t', businessDays: 5, dueDate: '2026-12-16' },
        accountId: 'noah',
        weekStart: '2026-12-07',
        overBefore: 1,
        overAfter: 0,
      },
    ]);
  });

  it('reassigns to someone of the role with room when the task has no slack', () => {
    expect(levelingProposals(input('2026-12-09', { designer: ['noah', 'hugo'] }))).toEqual([
      {
        change: { kind: 'reassign', key: 'plan:t', from: 'noah', to: 'hugo' },
        accountId: 'noah',
        weekStart: '2026-12-07',
        overBefore: 1,
        overAfter: 0,
      },
    ]);
  });

  it('moves the launch only as the last resort, and never moves done work or other campaigns', () => {
    const proposals = levelingProposals(input('2026-12-09'));
    expect(proposals).toEqual([
      { change: { kind: 'move_launch', businessDays: 5 }, accountId: 'noah', weekStart: '2026-12-07', overBefore: 1, overAfter: 0 },
    ]);
    const done = input('2026-12-09');
    done.activities = done.activities.map((a) => (a.key === 'plan:t' ? { ...a, done: true } : a));
    expect(levelingProposals(done)).toEqual([]);
  });

  it('proposes nothing when nobody is over-allocated', () => {
    const light = input('2026-12-23');
    light.activities = light.activities.filter((a) => a.key !== 'OTH-1');
    expect(levelingProposals(light)).toEqual([]);
  });
});
