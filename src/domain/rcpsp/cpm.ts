/**
 * Critical path method on the precedence network, resources ignored: earliest and latest starts, and the critical-path
 * lower bound on the makespan (no schedule can be shorter than the longest chain of durations). Also the resource
 * (energy) bound: no schedule can be shorter than the first period by which each resource has offered all the work it
 * must carry. Both are standard (e.g. Kolisch & Hartmann 2006 report deviations from the critical-path bound).
 */
import { capacityAt, type Problem } from './model';
import type { Network } from './network';

export interface CriticalPath {
  readonly earliestStarts: Int32Array;
  /** Latest starts that still finish by `horizon` (which defaults to the critical-path length). */
  readonly latestStarts: Int32Array;
  /** Latest finishes for the same horizon: the LFT priority rule's values. */
  readonly latestFinishes: Int32Array;
  /** The longest path through the network (with earliest starts): the critical-path lower bound. */
  readonly length: number;
  readonly horizon: number;
}

export function criticalPath(network: Network, horizon?: number): CriticalPath {
  const { size, durations, order, predecessors, successors } = network;
  const earliestStarts = new Int32Array(size);
  let length = 0;
  for (const j of order) {
    let es = network.earliestStarts[j] ?? 0;
    for (const i of predecessors[j] ?? []) es = Math.max(es, (earliestStarts[i] ?? 0) + (durations[i] ?? 0));
    earliestStarts[j] = es;
    length = Math.max(length, es + (durations[j] ?? 0));
  }
  const end = Math.max(horizon ?? length, length);
  const latestFinishes = new Int32Array(size);
  const latestStarts = new Int32Array(size);
  for (let p = size - 1; p >= 0; p -= 1) {
    const j = order[p] ?? 0;
    let lf = end;
    for (const s of successors[j] ?? []) lf = Math.min(lf, latestStarts[s] ?? end);
    latestFinishes[j] = lf;
    latestStarts[j] = lf - (durations[j] ?? 0);
  }
  return { earliestStarts, latestStarts, latestFinishes, length, horizon: end };
}

/** The first period T by which every resource has offered, summed over periods 0..T-1, the work it must carry. */
export function resourceLowerBound(problem: Problem): number {
  let bound = 0;
  problem.resources.forEach((resource, k) => {
    let work = 0;
    for (const a of problem.activities) work += a.duration * (a.demands[k] ?? 0);
    if (work === 0) return;
    const profileLength = resource.profile?.length ?? 0;
    let t = 0;
    while (work > 0 && t < profileLength) {
      work -= capacityAt(resource, t);
      t += 1;
    }
    // Validation guarantees capacity > 0 past the profile whenever some activity needs the resource.
    if (work > 0) t += Math.ceil(work / resource.capacity);
    bound = Math.max(bound, t);
  });
  return bound;
}
