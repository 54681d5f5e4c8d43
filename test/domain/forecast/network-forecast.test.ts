import { forecastNetwork, type Activity, type ScheduleNetwork } from '../../../src/domain/forecast';
import { mulberry32 } from '../../../src/domain/metrics/random';

const TODAY = '2026-12-07'; // a Monday
const task = (key: string, workDays: number, extra: Partial<Activity> = {}): Activity => ({
  key,
  name: key,
  campaign: 'A-1',
  kind: 'task',
  workDays,
  done: false,
  assignee: 'hugo',
  role: 'designer',
  predecessors: [],
  dueDate: null,
  ...extra,
});
const milestone = (key: string, predecessors: string[], extra: Partial<Activity> = {}): Activity =>
  task(key, 0, { kind: 'milestone', assignee: null, role: null, predecessors, ...extra });
const network = (activities: Activity[], extra: Partial<ScheduleNetwork> = {}): ScheduleNetwork => ({
  activities,
  people: [],
  pools: {},
  calendar: 'FR',
  today: TODAY,
  ...extra,
});
const run = (n: ScheduleNetwork, seed = 7) => forecastNetwork(n, { random: mulberry32(seed), maxTrials: 2000 });
const outlook = (n: ScheduleNetwork, key: string, seed?: number) => {
  const m = run(n, seed).milestones.get(key);
  if (!m) throw new Error(`no forecast for ${key}`);
  return m;
};

describe('network forecast: worked examples', () => {
  it('runs a chain of three tasks on one person one after the other', () => {
    const m = outlook(
      network([
        task('T-1', 2),
        task('T-2', 3, { predecessors: ['T-1'] }),
        task('T-3', 1, { predecessors: ['T-2'] }),
        milestone('M-1', ['T-3']),
      ]),
      'M-1',
    );
    // 6 person-days × factor (0.8–1.6, mean 1.13): P50 near 7 business days, never under 0.8 × 6.
    expect(m.p50Days).toBeGreaterThanOrEqual(6);
    expect(m.p50Days).toBeLessThanOrEqual(8);
    expect(m.p85Days).toBeGreaterThanOrEqual(m.p50Days);
    expect(m.p85Days).toBeLessThanOrEqual(10);
  });

  it('puts the same three tasks in parallel when three people do them, and serial when one does', () => {
    const tasks = (who: (i: number) => string) => [1, 2, 3].map((i) => task(`T-${i}`, 4, { assignee: who(i) }));
    const parallel = outlook(network([...tasks((i) => `p${i}`), milestone('M-1', ['T-1', 'T-2', 'T-3'])]), 'M-1');
    const serial = outlook(network([...tasks(() => 'hugo'), milestone('M-1', ['T-1', 'T-2', 'T-3'])]), 'M-1');
    expect(parallel.p50Days).toBeLessThanOrEqual(6);
    expect(serial.p50Days).toBeGreaterThanOrEqual(12);
  });

  it('shows merge bias: a diamond finishes later at P85 than either branch on its own', () => {
    const branches = [
      task('S', 1, { assignee: 'a' }),
      task('L', 20, { assignee: 'b', predecessors: ['S'] }),
      task('R', 20, { assignee: 'c', predecessors: ['S'] }),
    ];
    const both = outlook(network([...branches, milestone('M', ['L', 'R'])]), 'M');
    const left = outlook(network([...branches, milestone('M', ['L'])]), 'M');
    const right = outlook(network([...branches, milestone('M', ['R'])]), 'M');
    // Each branch alone: 1 + 20 × 1.33 ≈ 27.6 days at P85; the later of two independent branches ≈ 1 + 20 × 1.41.
    expect(both.p85Days).toBeGreaterThan(Math.max(left.p85Days, right.p85Days));
    expect(both.p50Days).toBeGreaterThan(Math.max(left.p50Days, right.p50Days));
    expect(both.onTime).toBeNull();
    const due = network([...branches, milestone('M', ['L', 'R'], { dueDate: '2027-01-13' })]);
    const dueLeft = network([...branches, milestone('M', ['L'], { dueDate: '2027-01-13' })]);
    expect(outlook(due, 'M').onTime ?? 1).toBeLessThan(outlook(dueLeft, 'M').onTime ?? 0);
  });

  it("moves one campaign's forecast when another campaign's work on the same designer slips", () => {
    const b = (workDays: number) => [
      task('B-2', workDays, { campaign: 'B-1', assignee: 'noah', dueDate: '2026-12-09' }),
      milestone('B-3', ['B-2'], { campaign: 'B-1', dueDate: '2026-12-09' }),
    ];
    const a = [task('A-2', 3, { assignee: 'noah', dueDate: '2026-12-18' }), milestone('A-3', ['A-2'], { dueDate: '2026-12-18' })];
    const light = outlook(network([...a, ...b(1)]), 'A-3');
    const heavy = outlook(network([...a, ...b(8)]), 'A-3');
    expect(heavy.p50Days - light.p50Days).toBeGreaterThanOrEqual(6);
    expect(heavy.drivers[0]).toMatchObject({ accountId: 'noah', campaigns: 2 });
  });

  it('pushes a milestone by the time off of the person doing the work', () => {
    const acts = [task('T-1', 3, { assignee: 'lea' }), milestone('M-1', ['T-1'])];
    const before = outlook(network(acts), 'M-1');
    const after = outlook(
      network(acts, { people: [{ accountId: 'lea', availability: 1, reserved: 0, timeOff: [{ from: '2026-12-07', to: '2026-12-11' }] }] }),
      'M-1',
    );
    expect(after.p50Days - before.p50Days).toBe(5);
    const half = outlook(network(acts, { people: [{ accountId: 'lea', availability: 0.5, reserved: 0, timeOff: [] }] }), 'M-1');
    expect(half.p50Days).toBeGreaterThanOrEqual(2 * before.p50Days - 1);
  });

  it('keeps done work fixed in the past: it neither waits nor loads anyone', () => {
    const acts = [task('T-1', 20, { done: true }), task('T-2', 2, { predecessors: ['T-1'] }), milestone('M-1', ['T-2'])];
    const m = outlook(network(acts), 'M-1');
    expect(m.p85Days).toBeLessThanOrEqual(4);
    const done = run(network([task('T-1', 5, { done: true }), milestone('M-1', ['T-1'], { done: true })]));
    expect(done.milestones.size).toBe(0);
  });

  it("spreads unassigned work over its role's pool, and over nobody when the role has no people", () => {
    const acts = [1, 2, 3, 4].map((i) => task(`T-${i}`, 4, { assignee: null, role: 'designer' }));
    const withPool = (pool: string[]) =>
      outlook(
        network(
          [
            ...acts,
            milestone(
              'M',
              acts.map((a) => a.key),
            ),
          ],
          { pools: { designer: pool } },
        ),
        'M',
      );
    const one = withPool(['noah']);
    const two = withPool(['noah', 'hugo']);
    expect(one.p50Days).toBeGreaterThanOrEqual(16);
    expect(two.p50Days).toBeLessThanOrEqual(one.p50Days / 2 + 2);
    expect(withPool([]).p50Days).toBeLessThanOrEqual(6);
  });

  it('never forecasts a milestone before one whose work blocks it', () => {
    const acts = [
      task('L-1', 3, { assignee: 'lea' }),
      milestone('L-20', ['L-1']),
      task('T-9', 1, { assignee: 'hugo', predecessors: ['L-1'] }),
      milestone('LAUNCH', ['T-9', 'L-20']),
    ];
    const f = run(network(acts));
    const [legal, launch] = [f.milestones.get('L-20'), f.milestones.get('LAUNCH')];
    expect(launch?.p50Days).toBeGreaterThanOrEqual(legal?.p50Days ?? Infinity);
    expect(launch?.p85Days).toBeGreaterThanOrEqual(legal?.p85Days ?? Infinity);
    expect(launch?.waitsFor === 'L-20' || f.criticalPath.get('A-1')?.includes('L-1')).toBe(true);
    expect(f.criticality.get('L-1')).toBeGreaterThan(0.9);
  });

  it('is deterministic under a seed and stops early once P85 is stable', () => {
    const acts = [task('T-1', 2), task('T-2', 3, { predecessors: ['T-1'] }), milestone('M-1', ['T-2'])];
    const a = run(network(acts), 3);
    const b = run(network(acts), 3);
    expect(a.milestones.get('M-1')).toEqual(b.milestones.get('M-1'));
    expect(a.trials).toBeLessThan(2000);
    expect(a.standardErrorDays).toBeLessThanOrEqual(0.5);
  });

  it('samples a 20 % risk of +5 days on a critical task: P85 moves by about 5 days, P50 hardly at all', () => {
    const acts = [task('T-1', 2), milestone('M-1', ['T-1'])];
    const plain = outlook(network(acts), 'M-1');
    const risky = run(network(acts, { risks: [{ id: 'late-legal', probability: 0.2, impactDays: 5, targets: ['T-1'] }] }));
    const m = risky.milestones.get('M-1');
    expect((m?.p85Days ?? 0) - plain.p85Days).toBeGreaterThanOrEqual(4);
    expect((m?.p85Days ?? 0) - plain.p85Days).toBeLessThanOrEqual(6);
    expect(Math.abs((m?.p50Days ?? 0) - plain.p50Days)).toBeLessThanOrEqual(1);
    expect(risky.riskEffects).toEqual([{ id: 'late-legal', launchDelayDays: expect.closeTo(5, 0) as number }]);
  });

  it('survives a cycle of links, saying which issues are on it', () => {
    const acts = [task('T-1', 1, { predecessors: ['T-2'] }), task('T-2', 1, { predecessors: ['T-1'] }), milestone('M', ['T-1', 'T-2'])];
    const f = run(network(acts));
    expect(f.cycle).toEqual(['T-1', 'T-2']);
    expect(f.milestones.get('M')?.p50Days).toBeGreaterThan(0);
  });
});
