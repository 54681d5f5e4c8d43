/**
 * Schedule generation schemes (Kelley 1963; Kolisch 1996, "Serial and parallel resource-constrained project scheduling
 * methods revisited", EJOR 90).
 *
 * Serial: activities are taken one by one in the order of an activity list (any order in which each activity comes
 * after its predecessors) and each is started at the earliest period at which its predecessors have finished and its
 * resources are free for its whole duration. Every active schedule, hence an optimal one, is reached by some list.
 *
 * Parallel: time moves from decision point to decision point (a finish); at each, the eligible activities are started
 * in priority order as long as they fit. It yields non-delay schedules, which may exclude every optimum.
 */
import type { Network } from './network';
import { serialGenerate, type Placer } from './serial-core';
import { Timeline, forwardCapacity } from './timeline';

/** The PSPLIB placer: the earliest period the activity's resource units are free for its whole duration. */
class TimelinePlacer implements Placer {
  constructor(
    private readonly network: Network,
    private readonly timeline: Timeline,
    private readonly limit: number,
  ) {}

  place(j: number, earliest: number): number {
    const t = this.timeline.earliestFit(j, earliest, this.limit);
    if (t >= 0) this.timeline.book(j, t);
    return t;
  }

  finish(j: number, start: number): number {
    return start + (this.network.durations[j] ?? 0);
  }
}

/** Finishes of the pass in progress: reused, because the genetic search runs thousands of passes (passes never overlap). */
let finishScratch = new Int32Array(0);

/**
 * One serial pass. `before[j]` are the activities that must finish before j starts (predecessors on the forward clock,
 * successors on the backward one), `floor[j]` j's earliest start on this clock, `limit` the period every activity must
 * finish by. Writes `starts`, returns the makespan, or −1 when some activity cannot finish by `limit`.
 */
export function serialPass(
  network: Network,
  list: ArrayLike<number>,
  timeline: Timeline,
  before: readonly Int32Array[],
  floor: Int32Array | null,
  starts: Int32Array,
  limit = Number.POSITIVE_INFINITY,
): number {
  if (finishScratch.length < network.size) finishScratch = new Int32Array(network.size);
  const finishes = finishScratch;
  return serialGenerate(list, before, floor, new TimelinePlacer(network, timeline, limit), { starts, finishes });
}

export interface Schedule {
  readonly starts: Int32Array;
  readonly makespan: number;
}

/** The serial scheme from an activity list (which must respect precedence; `isActivityList` checks one). */
export function serialSgs(network: Network, list: ArrayLike<number>, timeline?: Timeline): Schedule {
  const line = timeline ?? new Timeline(network, forwardCapacity(network));
  line.reset();
  const starts = new Int32Array(network.size);
  const makespan = serialPass(network, list, line, network.predecessors, network.earliestStarts, starts);
  return { starts, makespan };
}

/** True when `list` holds every activity once, each after all of its predecessors. */
export function isActivityList(network: Network, list: ArrayLike<number>): boolean {
  if (list.length !== network.size) return false;
  const position = new Int32Array(network.size).fill(-1);
  for (let p = 0; p < list.length; p += 1) {
    const j = list[p] ?? -1;
    if (j < 0 || j >= network.size || position[j] !== -1) return false;
    position[j] = p;
  }
  for (let j = 0; j < network.size; j += 1) {
    for (const s of network.successors[j] ?? []) if ((position[s] ?? 0) < (position[j] ?? 0)) return false;
  }
  return true;
}

/**
 * The parallel scheme with a priority value per activity (smaller first, ties to the lower index). Decision points are
 * finishes and releases; with a capacity profile also every period, so capacity that returns after time off is used.
 */
export function parallelSgs(network: Network, priority: ArrayLike<number>): Schedule {
  const { size, durations } = network;
  const timeline = new Timeline(network, forwardCapacity(network));
  const starts = new Int32Array(size).fill(-1);
  const queue = Array.from({ length: size }, (_, j) => j).sort((a, b) => (priority[a] ?? 0) - (priority[b] ?? 0) || a - b);
  let remaining = size;
  let t = 0;
  let makespan = 0;
  while (remaining > 0) {
    let next = network.constantCapacity ? Number.POSITIVE_INFINITY : t + 1;
    for (let p = 0; p < queue.length; p += 1) {
      const j = queue[p] ?? 0;
      if ((starts[j] ?? 0) >= 0) continue;
      const ready = readyAt(network, j, starts);
      if (ready > t) {
        next = Math.min(next, ready);
        continue;
      }
      const duration = durations[j] ?? 0;
      if (timeline.earliestFit(j, t, t + duration) !== t) continue;
      timeline.book(j, t);
      starts[j] = t;
      remaining -= 1;
      makespan = Math.max(makespan, t + duration);
      // A zero-duration start can make its successors eligible at this very decision point: look again.
      if (duration === 0) p = -1;
    }
    for (let j = 0; j < size; j += 1) {
      const finish = (starts[j] ?? -1) + (durations[j] ?? 0);
      if ((starts[j] ?? -1) >= 0 && finish > t) next = Math.min(next, finish);
    }
    t = Number.isFinite(next) ? next : t + 1;
  }
  return { starts, makespan };
}

/** The period from which activity j may start given its scheduled predecessors; +∞ while one is unscheduled. */
function readyAt(network: Network, j: number, starts: Int32Array): number {
  let ready = network.earliestStarts[j] ?? 0;
  for (const i of network.predecessors[j] ?? []) {
    const s = starts[i] ?? -1;
    if (s < 0) return Number.POSITIVE_INFINITY;
    ready = Math.max(ready, s + (network.durations[i] ?? 0));
  }
  return ready;
}
