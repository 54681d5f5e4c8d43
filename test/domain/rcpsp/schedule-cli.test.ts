import { join } from 'node:path';
import { runScheduleCli } from '../../../bench/schedule-cli';
import { checkSchedule, parsePsplib } from '../../../src/domain/rcpsp';
import { readFileSync } from 'node:fs';
import { describeWithBenchmarks } from '../../support/benchmarks-dir';

describeWithBenchmarks('schedule command', 'psplib-j30', (dir) => {
  it('prints a feasible JSON schedule keyed by job number', () => {
    const file = join(dir, 'j3010_1.sm');
    const { code, out } = runScheduleCli([file, '--schedules', '500']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as { makespan: number; lowerBound: number; starts: Record<string, number> };
    const problem = parsePsplib(readFileSync(file, 'utf8'));
    expect(Object.keys(printed.starts)).toHaveLength(32);
    expect(
      checkSchedule(
        problem,
        problem.activities.map((a) => printed.starts[a.id] ?? -1),
      ),
    ).toEqual([]);
    expect(printed.lowerBound).toBeLessThanOrEqual(printed.makespan);
  });

  it('fails with a message naming a file it cannot use', () => {
    expect(runScheduleCli([join(dir, 'optimum.csv')])).toEqual({
      code: 1,
      out: expect.stringContaining('optimum.csv is not a schedulable PSPLIB .sm file'),
    });
    expect(runScheduleCli([join(dir, 'missing.sm')])).toMatchObject({ code: 1, out: expect.stringContaining('cannot read') });
    expect(runScheduleCli([])).toMatchObject({ code: 2, out: expect.stringContaining('usage:') });
  });
});
