import { checkSchedule, describeViolation } from '../../../src/domain/rcpsp';
import { problemOf } from './helpers';

const p = problemOf(
  [
    ['a', 2, [2], ['b']],
    ['b', 2, [2], []],
    ['c', 3, [2], [], 1],
  ],
  [3],
  [[3, 3, 3, 3, 1]],
);

describe('rcpsp checkSchedule', () => {
  it('accepts a feasible schedule', () => {
    expect(checkSchedule(p, [0, 2, 5])).toEqual([]);
  });

  it('rejects a successor that starts before its predecessor finishes', () => {
    const v = checkSchedule(p, [0, 1, 5]);
    expect(v).toContainEqual({ kind: 'precedence', activity: 'a', successor: 'b', finish: 2, start: 1 });
    expect(v.map(describeViolation)).toContain('activity b starts at 1, before its predecessor a finishes at 2');
  });

  it('rejects a period where demand exceeds capacity, the profile included', () => {
    expect(checkSchedule(p, [0, 2, 1])).toContainEqual({ kind: 'capacity', resource: 'R1', period: 1, used: 4, capacity: 3 });
    // Period 4 has capacity 1 in the profile: c (2 units) may not run then.
    expect(checkSchedule(p, [0, 2, 4])).toContainEqual({ kind: 'capacity', resource: 'R1', period: 4, used: 2, capacity: 1 });
  });

  it('rejects starts before the earliest start, fractional or missing starts', () => {
    expect(checkSchedule(p, [0, 2, 0])).toContainEqual({ kind: 'bad_start', activity: 'c', start: 0 });
    expect(checkSchedule(p, [0.5, 2, 5])).toContainEqual({ kind: 'bad_start', activity: 'a', start: 0.5 });
    expect(checkSchedule(p, [0, 2])).toEqual([{ kind: 'length', expected: 3, got: 2 }]);
  });
});
