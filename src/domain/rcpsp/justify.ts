/**
 * Forward-backward improvement, a.k.a. double justification (Li & Willis 1992; Tormos & Lova 2001; Valls, Ballestín &
 * Quintanilla 2005, "Justification and RCPSP: a technique that pays", EJOR 165).
 *
 * Right justification: in order of decreasing finish, each activity is moved as late as it can go without passing the
 * makespan or its already moved successors (a serial pass on the backward clock). Left justification: in order of
 * increasing start of that schedule, each is moved as early as it can go (a serial pass on the forward clock). Neither
 * pass moves any activity the wrong way, so the result is feasible and never longer; it often is shorter, because the
 * right pass packs the tail and the left pass lets the head fall into the gaps it opened.
 */
import type { Network } from './network';
import { serialPass } from './sgs';
import { Timeline, backwardCapacity, forwardCapacity } from './timeline';

/** The activities sorted by `key` (ascending), ties in topological order; `keys` is scratch space. */
function sortBy(network: Network, key: (j: number) => number, keys: Float64Array, out: Int32Array): void {
  const { size, rank, order } = network;
  for (let j = 0; j < size; j += 1) keys[j] = key(j) * size + (rank[j] ?? 0);
  keys.sort();
  for (let p = 0; p < size; p += 1) out[p] = order[(keys[p] ?? 0) % size] ?? 0;
}

export class Justifier {
  private readonly forward: Timeline;
  private readonly backward: Timeline;
  private readonly reverseStarts: Int32Array;
  private readonly rightStarts: Int32Array;
  private readonly leftStarts: Int32Array;
  private readonly keys: Float64Array;
  private readonly list: Int32Array;
  /** Serial passes run so far (two per improvement); the GA counts them against its budget. */
  passes = 0;

  constructor(private readonly network: Network) {
    this.forward = new Timeline(network, forwardCapacity(network));
    this.backward = new Timeline(network, backwardCapacity(network, 0));
    this.reverseStarts = new Int32Array(network.size);
    this.rightStarts = new Int32Array(network.size);
    this.leftStarts = new Int32Array(network.size);
    this.keys = new Float64Array(network.size);
    this.list = new Int32Array(network.size);
  }

  /**
   * Double-justifies the schedule `starts` (makespan `makespan`) in place and returns its new makespan. When `listOut`
   * is given, it receives the activities in order of their new starts: an activity list whose serial schedule is at
   * least as good (the GA writes it back into the individual).
   */
  improve(starts: Int32Array, makespan: number, listOut?: Int32Array): number {
    const { network, keys, list } = this;
    const durations = network.durations;
    const size = network.size;
    // Backward clock: period τ is period makespan − 1 − τ; an activity's backward start is makespan − its finish.
    // Ties (equal finishes) put successors first: reversing the topological rank.
    sortBy(network, (j) => (starts[j] ?? 0) + (durations[j] ?? 0), keys, list);
    list.reverse();
    this.backward.reset(backwardCapacity(network, makespan));
    this.passes += 2;
    if (serialPass(network, list, this.backward, network.successors, null, this.reverseStarts, makespan) < 0) return makespan;
    for (let j = 0; j < size; j += 1) this.rightStarts[j] = makespan - (this.reverseStarts[j] ?? 0) - (durations[j] ?? 0);
    const right = this.rightStarts;
    sortBy(network, (j) => right[j] ?? 0, keys, list);
    this.forward.reset();
    const improved = serialPass(network, list, this.forward, network.predecessors, network.earliestStarts, this.leftStarts);
    if (improved < 0 || improved > makespan) return makespan;
    starts.set(this.leftStarts);
    if (listOut !== undefined) sortBy(network, (j) => starts[j] ?? 0, keys, listOut);
    return improved;
  }
}
