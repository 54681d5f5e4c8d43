/**
 * The engine on PSPLIB j30 (read from BENCHMARKS_DIR, never copied here): a feasible schedule on every instance, the
 * same schedule under the same seed, and a mean deviation from the optimum within 1 % on a fixed sample.
 * Budgets are kept small where quality is not the point, so the suite stays within seconds on a shared machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchedule, describeViolation, parseOptima, parsePsplib, solve, solveWithRule, type Problem } from '../../../src/domain/rcpsp';
import { describeWithBenchmarks } from '../../support/benchmarks-dir';

describeWithBenchmarks('rcpsp engine on PSPLIB j30', 'psplib-j30', (dir) => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sm'))
    .sort();
  const optima = parseOptima(readFileSync(join(dir, 'optimum.csv'), 'utf8'));
  const load = (file: string): Problem => parsePsplib(readFileSync(join(dir, file), 'utf8'));

  it('holds the 480 instances and an optimum for each', () => {
    expect(files).toHaveLength(480);
    for (const f of files) expect(optima.has(f)).toBe(true);
  });

  it('schedules every instance feasibly (precedence and capacity in every period), never below the optimum', () => {
    const failures: string[] = [];
    for (const file of files) {
      const p = load(file);
      const optimum = optima.get(file) ?? 0;
      for (const [how, s] of [
        ['engine', solve(p, { schedules: 300, seed: 1 })],
        ['serial LFT', solveWithRule(p, 'LFT')],
        ['parallel LFT', solveWithRule(p, 'LFT', 'parallel')],
      ] as const) {
        const violations = checkSchedule(p, s.starts);
        if (violations.length > 0) failures.push(`${file} ${how}: ${violations.slice(0, 3).map(describeViolation).join('; ')}`);
        if (s.makespan < optimum || s.lowerBound > optimum)
          failures.push(`${file} ${how}: ${s.makespan} / bound ${s.lowerBound} vs ${optimum}`);
        const reported = Math.max(...s.starts.map((start, j) => start + (p.activities[j]?.duration ?? 0)));
        if (reported !== s.makespan) failures.push(`${file} ${how}: makespan ${s.makespan}, schedule ends at ${reported}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('the check rejects an engine schedule broken on precedence or on capacity', () => {
    const p = load('j3010_1.sm');
    const s = solve(p, { schedules: 300, seed: 1 });
    expect(checkSchedule(p, s.starts)).toEqual([]);
    // Job 5 follows job 4 (6 periods): starting both together breaks the link.
    const together = s.starts.map((start, j) => (j === 4 ? (s.starts[3] ?? 0) : start));
    expect(checkSchedule(p, together)).toContainEqual(expect.objectContaining({ kind: 'precedence', activity: '4', successor: '5' }));
    // Everything at once asks R1 for far more than its 24 units.
    expect(
      checkSchedule(
        p,
        s.starts.map(() => 0),
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'capacity', resource: 'R1', period: 0 }));
  });

  it('is deterministic under a seed', () => {
    const p = load('j3013_7.sm');
    const a = solve(p, { schedules: 1000, seed: 42 });
    expect(solve(p, { schedules: 1000, seed: 42 })).toEqual(a);
  });

  it('comes within 1 % of the optimum on average over a fixed sample (every 8th instance, 5,000 schedules)', () => {
    const sample = files.filter((_, i) => i % 8 === 3);
    let deviation = 0;
    for (const file of sample) {
      const optimum = optima.get(file) ?? 1;
      deviation += (solve(load(file), { seed: 1 }).makespan - optimum) / optimum;
    }
    expect((100 * deviation) / sample.length).toBeLessThanOrEqual(1);
  });
});
