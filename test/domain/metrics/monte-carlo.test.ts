import { forecastFromEstimates, forecastFromThroughput, mulberry32, percentile, type MilestoneWork } from '../../../src/domain/metrics';

const tasks = (n: number, estimateDays: number, assignee: string | null = null) =>
  Array.from({ length: n }, () => ({ estimateDays, assigneeAccountId: assignee }));

describe('mulberry32', () => {
  it('repeats its stream for a seed and differs between seeds, within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('percentile (nearest rank)', () => {
  it('picks the ceil(p·n)-th smallest', () => {
    expect(percentile(Float64Array.from([5, 1, 4, 2, 3]), 0.5)).toBe(3);
    expect(percentile(Float64Array.from([5, 1, 4, 2, 3, 6, 7, 8, 9, 10]), 0.85)).toBe(9);
  });
});

describe('forecastFromThroughput', () => {
  it('is exact when every day completes the same number of items', () => {
    const work: MilestoneWork[] = [
      { key: 'M1', openTasks: tasks(10, 1) },
      { key: 'M2', openTasks: tasks(4, 1) },
    ];
    // 2 items a day: M1's 10 items take 5 days; M2 comes after M1, so 14 items → 7 days.
    expect(forecastFromThroughput(work, [2, 2, 2], mulberry32(1), 200)).toEqual([
      { key: 'M1', p50Days: 5, p85Days: 5 },
      { key: 'M2', p50Days: 7, p85Days: 7 },
    ]);
  });

  it('gives no dates to a milestone with nothing left', () => {
    const out = forecastFromThroughput(
      [
        { key: 'M1', openTasks: [] },
        { key: 'M2', openTasks: tasks(3, 1) },
      ],
      [1],
      mulberry32(1),
      50,
    );
    expect(out).toEqual([
      { key: 'M1', p50Days: null, p85Days: null },
      { key: 'M2', p50Days: 3, p85Days: 3 },
    ]);
  });

  it('is stable under a fixed seed, with P85 ≥ P50, and more work finishes later', () => {
    const history = [0, 1, 3, 0, 2, 5, 1, 0, 0, 4, 2, 1];
    const run = (n: number, seed: number) => forecastFromThroughput([{ key: 'M', openTasks: tasks(n, 1) }], history, mulberry32(seed))[0];
    const first = run(40, 7);
    expect(run(40, 7)).toEqual(first);
    expect(first.p85Days as number).toBeGreaterThanOrEqual(first.p50Days as number);
    // Mean throughput 19/12 ≈ 1.6 a day: 40 items take about 25 days.
    expect(first.p50Days).toBeGreaterThan(20);
    expect(first.p50Days).toBeLessThan(32);
    const more = run(80, 7);
    expect(more.p50Days as number).toBeGreaterThan(first.p50Days as number);
    expect(more.p85Days as number).toBeGreaterThan(first.p85Days as number);
    expect(first.p85Days as number).toBeGreaterThan(first.p50Days as number);
  });
});

describe('forecastFromEstimates', () => {
  it('keeps one task within its factor range (0.8–1.6 × estimate)', () => {
    const [m] = forecastFromEstimates([{ key: 'M', openTasks: tasks(1, 10, 'noah') }], mulberry32(3));
    expect(m.p50Days as number).toBeGreaterThanOrEqual(8);
    expect(m.p85Days as number).toBeLessThanOrEqual(16);
    // Triangular (0.8, 1.0, 1.6): median 1.6 − √(0.5·0.8·0.6) ≈ 1.110, 85th percentile 1.6 − √(0.15·0.8·0.6) ≈ 1.332;
    // × 10 days, rounded up to whole business days.
    expect(m.p50Days).toBe(12);
    expect(m.p85Days).toBe(14);
  });

  it('runs one assignee’s tasks in sequence and different people in parallel', () => {
    const serial = forecastFromEstimates([{ key: 'M', openTasks: tasks(4, 5, 'noah') }], mulberry32(3))[0];
    const parallel = forecastFromEstimates(
      [{ key: 'M', openTasks: [...tasks(1, 5, 'a'), ...tasks(1, 5, 'b'), ...tasks(1, 5, 'c'), ...tasks(1, 5, 'd')] }],
      mulberry32(3),
    )[0];
    const unassigned = forecastFromEstimates([{ key: 'M', openTasks: tasks(4, 5) }], mulberry32(3))[0];
    expect(serial.p50Days as number).toBeGreaterThanOrEqual(4 * 5 * 0.8);
    expect(parallel.p85Days as number).toBeLessThanOrEqual(5 * 1.6);
    expect(serial.p50Days as number).toBeGreaterThan(parallel.p85Days as number);
    // Unassigned tasks run in parallel too: the longest of four draws.
    expect(Math.abs((unassigned.p50Days as number) - (parallel.p50Days as number))).toBeLessThanOrEqual(1);
  });

  it('carries an assignee’s earlier milestones into later ones', () => {
    const [m1, m2] = forecastFromEstimates(
      [
        { key: 'M1', openTasks: tasks(2, 5, 'noah') },
        { key: 'M2', openTasks: tasks(1, 3, 'noah') },
      ],
      mulberry32(9),
    );
    expect(m2.p50Days as number).toBeGreaterThan(m1.p50Days as number);
    expect(m2.p50Days as number).toBeGreaterThanOrEqual(Math.floor(13 * 0.8));
  });

  it('approximates long queues by their sum’s normal law, still inside the factor range and near the mean', () => {
    const [m] = forecastFromEstimates([{ key: 'M', openTasks: tasks(100, 2, 'noah') }], mulberry32(11));
    // 200 days of estimates × mean factor 3.4 / 3 ≈ 226.7; the sum of 100 draws barely spreads.
    expect(m.p50Days as number).toBeGreaterThanOrEqual(224);
    expect(m.p50Days as number).toBeLessThanOrEqual(230);
    expect(m.p85Days as number).toBeGreaterThanOrEqual(m.p50Days as number);
    expect(m.p85Days as number).toBeLessThanOrEqual(236);
  });

  it('is stable under a fixed seed', () => {
    const work: MilestoneWork[] = [{ key: 'M', openTasks: [...tasks(3, 4, 'a'), ...tasks(5, 2), ...tasks(20, 1, 'b')] }];
    expect(forecastFromEstimates(work, mulberry32(5))).toEqual(forecastFromEstimates(work, mulberry32(5)));
  });
});
