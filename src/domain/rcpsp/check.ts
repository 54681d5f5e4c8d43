/**
 * Feasibility of a schedule, checked from the problem alone (independently of the engine's timeline): every activity
 * starts at a whole period ≥ its earliest start, after each predecessor finishes, and in every period the demand on
 * each resource stays within that period's capacity.
 */
import { capacityAt, type Problem } from './model';

export type Violation =
  | { kind: 'length'; expected: number; got: number }
  | { kind: 'bad_start'; activity: string; start: number }
  | { kind: 'precedence'; activity: string; successor: string; finish: number; start: number }
  | { kind: 'capacity'; resource: string; period: number; used: number; capacity: number };

export function describeViolation(v: Violation): string {
  switch (v.kind) {
    case 'length':
      return `${v.got} starts for ${v.expected} activities`;
    case 'bad_start':
      return `activity ${v.activity} starts at ${v.start}, not a whole period at or after its earliest start`;
    case 'precedence':
      return `activity ${v.successor} starts at ${v.start}, before its predecessor ${v.activity} finishes at ${v.finish}`;
    case 'capacity':
      return `resource ${v.resource} is asked for ${v.used} in period ${v.period}, with a capacity of ${v.capacity}`;
  }
}

function precedenceViolations(problem: Problem, starts: readonly number[]): Violation[] {
  const violations: Violation[] = [];
  problem.activities.forEach((a, j) => {
    const start = starts[j] ?? 0;
    if (!Number.isInteger(start) || start < (a.earliestStart ?? 0)) violations.push({ kind: 'bad_start', activity: a.id, start });
    for (const s of a.successors) {
      const successorStart = starts[s] ?? 0;
      if (successorStart < start + a.duration) {
        const successor = problem.activities[s]?.id ?? String(s);
        violations.push({ kind: 'precedence', activity: a.id, successor, finish: start + a.duration, start: successorStart });
      }
    }
  });
  return violations;
}

function capacityViolations(problem: Problem, starts: readonly number[]): Violation[] {
  const violations: Violation[] = [];
  let end = 0;
  problem.activities.forEach((a, j) => (end = Math.max(end, (starts[j] ?? 0) + a.duration)));
  problem.resources.forEach((resource, k) => {
    // Usage by period from a difference array: +demand at each start, −demand at each finish.
    const delta = new Float64Array(end + 1);
    problem.activities.forEach((a, j) => {
      const demand = a.demands[k] ?? 0;
      const start = starts[j] ?? 0;
      if (a.duration === 0 || demand === 0) return;
      delta[start] = (delta[start] ?? 0) + demand;
      delta[start + a.duration] = (delta[start + a.duration] ?? 0) - demand;
    });
    let used = 0;
    for (let t = 0; t < end; t += 1) {
      used += delta[t] ?? 0;
      const capacity = capacityAt(resource, t);
      if (used > capacity) violations.push({ kind: 'capacity', resource: resource.id, period: t, used, capacity });
    }
  });
  return violations;
}

/** Everything that makes `starts` infeasible for `problem`; empty when the schedule is feasible. */
export function checkSchedule(problem: Problem, starts: readonly number[]): Violation[] {
  if (starts.length !== problem.activities.length) return [{ kind: 'length', expected: problem.activities.length, got: starts.length }];
  const precedence = precedenceViolations(problem, starts);
  // Capacity is counted on whole periods from 0: only meaningful once every start is one.
  if (precedence.some((v) => v.kind === 'bad_start')) return precedence;
  return [...precedence, ...capacityViolations(problem, starts)];
}
