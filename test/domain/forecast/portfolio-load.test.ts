import type { Activity } from '../../../src/domain/forecast';
import { portfolioLoad } from '../../../src/domain/forecast/portfolio-load';
import { loadContributions, weeklyLoad } from '../../../src/domain/forecast/weekly-load';

const TODAY = '2026-11-23';
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

// A task across two weeks (Thursday to Tuesday: two days in the first week, two in the second), and one in week two.
const activities = [task('A-1', 'A', 'noah', '2026-11-26', '2026-12-01', 4), task('B-1', 'B', 'noah', '2026-11-30', '2026-12-04', 5)];
const input = { activities, people: [], calendar: 'FR' as const, today: TODAY, weeks: 3 };

describe('portfolioLoad', () => {
  it('spreads each task over its business days, as weeklyLoad does, and fills the weeks without work', () => {
    expect(loadContributions(input)).toEqual([
      { accountId: 'noah', weekStart: '2026-11-23', key: 'A-1', campaign: 'A', days: 2 },
      { accountId: 'noah', weekStart: '2026-11-30', key: 'A-1', campaign: 'A', days: 2 },
      { accountId: 'noah', weekStart: '2026-11-30', key: 'B-1', campaign: 'B', days: 5 },
    ]);
    const load = portfolioLoad({ ...input, counts: () => true });
    const cells = load.people[0]?.weeks ?? [];
    expect(cells.map((c) => [c.weekStart, c.demandDays, c.capacityDays, c.level])).toEqual([
      ['2026-11-23', 2, 5, 'ok'],
      ['2026-11-30', 7, 5, 'over'],
      ['2026-12-07', 0, 5, 'ok'],
    ]);
    const legacy = weeklyLoad(input);
    expect(legacy.map((w) => [w.weekStart, w.demandDays, w.level])).toEqual([
      ['2026-11-23', 2, 'ok'],
      ['2026-11-30', 7, 'over'],
    ]);
    expect(cells[1]?.contributions.map((c) => c.key)).toEqual(['B-1', 'A-1']);
    expect(load.team.map((t) => t.ratio)).toEqual([0.4, 1.4, 0]);
  });

  it('lists only people with work in a counted campaign, their whole load included', () => {
    const load = portfolioLoad({ ...input, counts: (c) => c === 'B' });
    expect(load.people.map((p) => p.accountId)).toEqual(['noah']);
    expect(load.people[0]?.weeks[1]?.demandDays).toBe(7);
    expect(portfolioLoad({ ...input, counts: () => false }).people).toEqual([]);
  });
});
