/**
 * The schedule engine's entry point: a feasible schedule for a resource-constrained project, as short as a budget of
 * generated schedules allows, with the lower bound it is measured against. Pure and deterministic under a seed.
 *
 * Method: Hartmann's activity-list genetic algorithm over the serial schedule generation scheme, each child improved by
 * double justification (genetic.ts, justify.ts), seeded with the LFT, MTS and GRPW priority-rule lists (priority.ts).
 */
import { criticalPath, resourceLowerBound } from './cpm';
import { geneticSearch } from './genetic';
import type { Problem } from './model';
import { buildNetwork, type Network } from './network';
import { priorityList, priorityValues, sampledList, type PriorityRule } from './priority';
import { mulberry32 } from './random';
import { parallelSgs, serialSgs } from './sgs';

export interface SolveOptions {
  /** Serial schedules the search may generate; 5,000 by default (the usual comparison budget in the literature). */
  readonly schedules?: number;
  /** Seed of the search's generator; the same seed gives the same schedule. */
  readonly seed?: number;
}

export interface Solution {
  /** Start period of every activity, aligned with `problem.activities`. */
  readonly starts: number[];
  readonly makespan: number;
  /** The best bound known without search: max(critical path, resource energy). A makespan equal to it is optimal. */
  readonly lowerBound: number;
  /** The critical-path length alone (resources ignored). */
  readonly criticalPathLength: number;
  /** Schedules actually generated (fewer than the budget when the lower bound was met). */
  readonly schedules: number;
}

export const DEFAULT_SCHEDULES = 5000;

/** The activities in order of their starts in a schedule (ties in topological order): a list that rebuilds it. */
function orderOf(network: Network, starts: ArrayLike<number>): Int32Array {
  return Int32Array.from(network.order).sort(
    (a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (network.rank[a] ?? 0) - (network.rank[b] ?? 0),
  );
}

export function solve(problem: Problem, options: SolveOptions = {}): Solution {
  const network = buildNetwork(problem);
  const cpm = criticalPath(network);
  const lowerBound = Math.max(cpm.length, resourceLowerBound(problem));
  const random = mulberry32(options.seed ?? 1);
  const lft = priorityValues(network, 'LFT', cpm);
  const seeds = [
    priorityList(network, lft),
    priorityList(network, priorityValues(network, 'MTS', cpm)),
    priorityList(network, priorityValues(network, 'GRPW', cpm)),
    orderOf(network, parallelSgs(network, lft).starts),
  ];
  const result = geneticSearch(network, {
    schedules: Math.max(1, options.schedules ?? DEFAULT_SCHEDULES),
    random,
    lowerBound,
    seeds,
    sample: () => sampledList(network, lft, random),
  });
  return {
    starts: Array.from(result.starts),
    makespan: result.makespan,
    lowerBound,
    criticalPathLength: cpm.length,
    schedules: result.schedules,
  };
}

/** One pass of a schedule generation scheme with a priority rule, no search: the classic single-pass heuristics. */
export function solveWithRule(problem: Problem, rule: PriorityRule, scheme: 'serial' | 'parallel' = 'serial'): Solution {
  const network = buildNetwork(problem);
  const cpm = criticalPath(network);
  const priority = priorityValues(network, rule, cpm);
  const schedule = scheme === 'serial' ? serialSgs(network, priorityList(network, priority)) : parallelSgs(network, priority);
  return {
    starts: Array.from(schedule.starts),
    makespan: schedule.makespan,
    lowerBound: Math.max(cpm.length, resourceLowerBound(problem)),
    criticalPathLength: cpm.length,
    schedules: 1,
  };
}
