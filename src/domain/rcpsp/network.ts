/**
 * The precedence network of a problem: validation with errors that name the activities, a topological order, and the
 * compact arrays the schedule generation schemes run on.
 */
import type { Problem } from './model';

export type ProblemIssue =
  | { kind: 'duplicate_id'; activity: string }
  | { kind: 'bad_duration'; activity: string }
  | { kind: 'bad_earliest_start'; activity: string }
  | { kind: 'bad_successor'; activity: string; successor: number }
  | { kind: 'demand_count'; activity: string; expected: number; got: number }
  | { kind: 'bad_demand'; activity: string; resource: string }
  | { kind: 'over_capacity'; activity: string; resource: string; demand: number; capacity: number }
  | { kind: 'bad_capacity'; resource: string }
  | { kind: 'cycle'; activities: string[] };

const isCount = (v: number): boolean => Number.isInteger(v) && v >= 0;

export function describeIssue(issue: ProblemIssue): string {
  switch (issue.kind) {
    case 'duplicate_id':
      return `activity ${issue.activity}: its id is used twice`;
    case 'bad_duration':
      return `activity ${issue.activity}: the duration must be a whole number of periods, 0 or more`;
    case 'bad_earliest_start':
      return `activity ${issue.activity}: the earliest start must be a whole period, 0 or more`;
    case 'bad_successor':
      return `activity ${issue.activity}: successor ${issue.successor} is not another activity of the problem`;
    case 'demand_count':
      return `activity ${issue.activity}: ${issue.got} demands for ${issue.expected} resources`;
    case 'bad_demand':
      return `activity ${issue.activity}: the demand on ${issue.resource} must be a whole number, 0 or more`;
    case 'over_capacity':
      return `activity ${issue.activity}: needs ${issue.demand} of ${issue.resource}, which only ever has ${issue.capacity}`;
    case 'bad_capacity':
      return `resource ${issue.resource}: capacities must be whole numbers, 0 or more`;
    case 'cycle':
      return `the precedence links form a cycle: ${issue.activities.join(' → ')}`;
  }
}

export class InvalidProblemError extends Error {
  constructor(public readonly issues: readonly ProblemIssue[]) {
    super(`invalid scheduling problem: ${issues.map(describeIssue).join('; ')}`);
    this.name = 'InvalidProblemError';
  }
}

function activityIssues(problem: Problem): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  const seen = new Set<string>();
  const n = problem.activities.length;
  for (const [j, a] of problem.activities.entries()) {
    if (seen.has(a.id)) issues.push({ kind: 'duplicate_id', activity: a.id });
    seen.add(a.id);
    if (!isCount(a.duration)) issues.push({ kind: 'bad_duration', activity: a.id });
    if (a.earliestStart !== undefined && !isCount(a.earliestStart)) issues.push({ kind: 'bad_earliest_start', activity: a.id });
    for (const s of a.successors) {
      if (!Number.isInteger(s) || s < 0 || s >= n || s === j) issues.push({ kind: 'bad_successor', activity: a.id, successor: s });
    }
    if (a.demands.length !== problem.resources.length) {
      issues.push({ kind: 'demand_count', activity: a.id, expected: problem.resources.length, got: a.demands.length });
      continue;
    }
    for (const [k, r] of problem.resources.entries()) {
      const demand = a.demands[k] ?? 0;
      if (!isCount(demand)) issues.push({ kind: 'bad_demand', activity: a.id, resource: r.id });
      // Past its profile a resource keeps `capacity` for ever: a demand above it could never be placed.
      else if (a.duration > 0 && demand > r.capacity) {
        issues.push({ kind: 'over_capacity', activity: a.id, resource: r.id, demand, capacity: r.capacity });
      }
    }
  }
  return issues;
}

function resourceIssues(problem: Problem): ProblemIssue[] {
  return problem.resources
    .filter((r) => !isCount(r.capacity) || (r.profile ?? []).some((c) => !isCount(c)))
    .map((r) => ({ kind: 'bad_capacity', resource: r.id }));
}

/** Kahn's algorithm; returns the order, which is shorter than the problem when there is a cycle. */
function kahn(successors: readonly (readonly number[])[]): number[] {
  const indegree = new Array<number>(successors.length).fill(0);
  for (const succ of successors) for (const s of succ) indegree[s] = (indegree[s] ?? 0) + 1;
  const queue: number[] = [];
  indegree.forEach((d, j) => {
    if (d === 0) queue.push(j);
  });
  for (let head = 0; head < queue.length; head += 1) {
    for (const s of successors[queue[head] ?? 0] ?? []) {
      const d = (indegree[s] ?? 0) - 1;
      indegree[s] = d;
      if (d === 0) queue.push(s);
    }
  }
  return queue;
}

/** One cycle among the activities Kahn's algorithm could not order (each of them has a predecessor among them). */
function findCycle(successors: readonly (readonly number[])[], ordered: readonly number[]): number[] {
  const done = new Set(ordered);
  const start = successors.findIndex((_, j) => !done.has(j));
  const path: number[] = [];
  const onPath = new Map<number, number>();
  let current = start;
  while (!onPath.has(current)) {
    onPath.set(current, path.length);
    path.push(current);
    // Every activity left over has a successor left over, or Kahn's algorithm would have ordered it.
    current = (successors[current] ?? []).find((s) => !done.has(s)) ?? start;
  }
  const cycle = path.slice(onPath.get(current));
  return [...cycle, current];
}

/** Everything wrong with a problem; empty when it can be scheduled. */
export function validateProblem(problem: Problem): ProblemIssue[] {
  const issues = [...activityIssues(problem), ...resourceIssues(problem)];
  if (issues.some((i) => i.kind === 'bad_successor')) return issues;
  const successors = problem.activities.map((a) => a.successors);
  const order = kahn(successors);
  if (order.length < problem.activities.length) {
    const cycle = findCycle(successors, order).map((j) => problem.activities[j]?.id ?? String(j));
    issues.push({ kind: 'cycle', activities: cycle });
  }
  return issues;
}

/** A validated problem in flat arrays: what the schedule generation schemes and the timeline run on. */
export interface Network {
  readonly problem: Problem;
  readonly size: number;
  readonly resourceCount: number;
  readonly durations: Int32Array;
  readonly earliestStarts: Int32Array;
  /** `demands[j * resourceCount + k]`: activity j's demand on resource k. */
  readonly demands: Int32Array;
  readonly successors: readonly Int32Array[];
  readonly predecessors: readonly Int32Array[];
  /** A topological order of the activities (every predecessor before its successors). */
  readonly order: Int32Array;
  /** Position of each activity in `order`. */
  readonly rank: Int32Array;
  /** True when no resource has a per-period profile: capacity is the same in every period from 0. */
  readonly constantCapacity: boolean;
}

/** Validates and flattens a problem; throws InvalidProblemError naming every issue. */
export function buildNetwork(problem: Problem): Network {
  const issues = validateProblem(problem);
  if (issues.length > 0) throw new InvalidProblemError(issues);
  const size = problem.activities.length;
  const resourceCount = problem.resources.length;
  const demands = new Int32Array(size * resourceCount);
  const predecessorLists: number[][] = problem.activities.map(() => []);
  problem.activities.forEach((a, j) => {
    a.demands.forEach((d, k) => (demands[j * resourceCount + k] = d));
    for (const s of a.successors) predecessorLists[s]?.push(j);
  });
  const order = Int32Array.from(kahn(problem.activities.map((a) => a.successors)));
  const rank = new Int32Array(size);
  order.forEach((j, i) => (rank[j] = i));
  return {
    problem,
    size,
    resourceCount,
    durations: Int32Array.from(problem.activities, (a) => a.duration),
    earliestStarts: Int32Array.from(problem.activities, (a) => a.earliestStart ?? 0),
    demands,
    successors: problem.activities.map((a) => Int32Array.from(new Set(a.successors))),
    predecessors: predecessorLists.map((p) => Int32Array.from(new Set(p))),
    order,
    rank,
    constantCapacity: problem.resources.every((r) => r.profile === undefined || r.profile.every((c) => c === r.capacity)),
  };
}
