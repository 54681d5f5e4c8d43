import {
  InvalidProblemError,
  buildNetwork,
  checkSchedule,
  criticalPath,
  parallelSgs,
  priorityList,
  priorityValues,
  resourceLowerBound,
  serialSgs,
  solve,
  solveWithRule,
  validateProblem,
} from '../../../src/domain/rcpsp';
import { problemOf, startsById } from './helpers';

describe('rcpsp worked examples', () => {
  it('a chain of three tasks on one person runs back to back', () => {
    const p = problemOf(
      [
        ['a', 2, [1], ['b']],
        ['b', 3, [1], ['c']],
        ['c', 1, [1], []],
      ],
      [1],
    );
    const s = solve(p, { schedules: 50 });
    expect(startsById(p, s.starts)).toEqual({ a: 0, b: 2, c: 5 });
    expect(s).toMatchObject({ makespan: 6, lowerBound: 6, criticalPathLength: 6 });
  });

  it('parallel tasks with room for both start together', () => {
    const p = problemOf(
      [
        ['a', 4, [1], []],
        ['b', 2, [1], []],
      ],
      [2],
    );
    expect(startsById(p, solve(p).starts)).toEqual({ a: 0, b: 0 });
  });

  it('a resource conflict serialises two parallel tasks, and the bounds see it', () => {
    const p = problemOf(
      [
        ['a', 4, [2], []],
        ['b', 3, [2], []],
      ],
      [3],
    );
    const s = solve(p);
    expect(s.makespan).toBe(7);
    expect(s.criticalPathLength).toBe(4);
    expect(s.lowerBound).toBe(5); // energy: 14 units of work at 3 per period
    expect(checkSchedule(p, s.starts)).toEqual([]);
  });

  it('a task that needs the whole resource runs beside nothing, and the search finds the optimum', () => {
    // x→y→z hold 2 of 3 units for 6 periods; w2 holds all 3 for 2 periods, so nothing overlaps it: 8 is optimal.
    const p = problemOf(
      [
        ['x', 2, [2], ['y']],
        ['y', 2, [2], ['z']],
        ['z', 2, [2], []],
        ['w1', 2, [1], ['w2']],
        ['w2', 2, [3], []],
      ],
      [3],
    );
    const rule = solveWithRule(p, 'LFT');
    const s = solve(p, { schedules: 200 });
    expect(checkSchedule(p, s.starts)).toEqual([]);
    expect(s.makespan).toBeLessThanOrEqual(rule.makespan);
    expect(s.makespan).toBe(8);
  });

  it('an earliest start and time off push work later', () => {
    // R1 is off in periods 0..2 (capacity 0); b may not start before 1.
    const p = problemOf(
      [
        ['a', 2, [1], ['c']],
        ['b', 1, [0], [], 1],
        ['c', 1, [1], []],
      ],
      [1],
      [[0, 0, 0]],
    );
    const s = solve(p);
    expect(startsById(p, s.starts)).toEqual({ a: 3, b: 1, c: 5 });
    expect(s.lowerBound).toBe(6);
    expect(parallelSgs(buildNetwork(p), [0, 1, 2]).starts).toEqual(Int32Array.from([3, 1, 5]));
  });

  it('CPM gives earliest and latest starts and the critical path', () => {
    const p = problemOf(
      [
        ['s', 0, [0], ['a', 'b']],
        ['a', 3, [0], ['e']],
        ['b', 1, [0], ['e']],
        ['e', 0, [0], []],
      ],
      [1],
    );
    const cpm = criticalPath(buildNetwork(p));
    expect(cpm.length).toBe(3);
    expect(Array.from(cpm.earliestStarts)).toEqual([0, 0, 0, 3]);
    expect(Array.from(cpm.latestStarts)).toEqual([0, 0, 2, 3]);
    expect(resourceLowerBound(p)).toBe(0);
  });

  it('the priority rules order the eligible activities as documented', () => {
    const p = problemOf(
      [
        ['s', 0, [0], ['a', 'b', 'c']],
        ['a', 1, [0], ['z']],
        ['b', 5, [0], []],
        ['c', 1, [0], ['d']],
        ['d', 1, [0], ['z']],
        ['z', 1, [0], []],
      ],
      [1],
    );
    const n = buildNetwork(p);
    const cpm = criticalPath(n);
    const ids = (rule: 'LFT' | 'MTS' | 'GRPW'): string[] =>
      Array.from(priorityList(n, priorityValues(n, rule, cpm)), (j) => p.activities[j]?.id ?? '');
    // Latest finishes with horizon 5: c 3, a 4, d 4, b 5, z 5 (ties to the lower index).
    expect(ids('LFT')).toEqual(['s', 'c', 'a', 'd', 'b', 'z']);
    // Total successors: c 2 (d, z), a 1, d 1, b 0, z 0.
    expect(ids('MTS')).toEqual(['s', 'c', 'a', 'd', 'b', 'z']);
    expect(ids('GRPW')).toEqual(['s', 'b', 'a', 'c', 'd', 'z']); // b 5, a 2 (1+1), c 2 (tie to the lower index)
  });

  it('serial and parallel schemes give feasible schedules', () => {
    const p = problemOf(
      [
        ['a', 3, [2], ['c']],
        ['b', 2, [2], []],
        ['c', 2, [1], []],
      ],
      [3],
    );
    const n = buildNetwork(p);
    for (const s of [serialSgs(n, [0, 1, 2]), parallelSgs(n, [0, 1, 2])]) expect(checkSchedule(p, Array.from(s.starts))).toEqual([]);
  });
});

describe('rcpsp validation', () => {
  it('names a cycle by its activities', () => {
    const p = problemOf(
      [
        ['a', 1, [0], ['b']],
        ['b', 1, [0], ['c']],
        ['c', 1, [0], ['a']],
      ],
      [1],
    );
    expect(validateProblem(p)).toEqual([{ kind: 'cycle', activities: ['a', 'b', 'c', 'a'] }]);
    expect(() => solve(p)).toThrow('the precedence links form a cycle: a → b → c → a');
    expect(() => solve(p)).toThrow(InvalidProblemError);
  });

  it('rejects demands no period can hold, unknown successors, bad durations and duplicate ids', () => {
    const p = problemOf(
      [
        ['a', 1, [4], ['zz']],
        ['a', -1, [1], []],
      ],
      [3],
    );
    expect(validateProblem(p).map((i) => i.kind)).toEqual(['bad_successor', 'over_capacity', 'duplicate_id', 'bad_duration']);
    expect(() => solve(p)).toThrow(/needs 4 of R1, which only ever has 3/);
  });

  it('accepts an empty problem', () => {
    expect(solve({ activities: [], resources: [] })).toMatchObject({ starts: [], makespan: 0, lowerBound: 0 });
  });
});
