/**
 * The resource usage profile of a partial schedule: the free capacity of every resource in every period, time-indexed
 * (a flat array, period-major), grown on demand. Finding the earliest period an activity fits scans its window from the
 * end and, on a conflict at period τ, jumps straight to τ + 1 (no start before that can contain τ), which keeps the
 * search close to linear in the periods it skips. Reset only rewrites the periods a schedule touched.
 */
import { capacityAt } from './model';
import type { Network } from './network';

/** Capacity of resource k in period t of the timeline's own clock. */
export type CapacityOf = (k: number, t: number) => number;

/** The forward clock: capacity as the problem states it. */
export const forwardCapacity =
  (network: Network): CapacityOf =>
  (k, t) => {
    const resource = network.problem.resources[k];
    return resource === undefined ? 0 : capacityAt(resource, t);
  };

/**
 * The backward clock anchored at `end`: period τ of the timeline is period end − 1 − τ of the problem. With constant
 * capacities this is the forward clock (the timeline never needs to be rebuilt).
 */
export const backwardCapacity = (network: Network, end: number): CapacityOf => {
  const forward = forwardCapacity(network);
  return network.constantCapacity ? forward : (k, t) => forward(k, end - 1 - t);
};

export class Timeline {
  private free = new Int32Array(0);
  private base = new Int32Array(0);
  private periods = 0;
  /** Periods 0..touched-1 may differ from `base`. */
  private touched = 0;
  private readonly width: number;
  /** Per activity, the resources it needs (k) and how much (aligned). */
  private readonly needs: readonly Int32Array[];
  private readonly amounts: readonly Int32Array[];

  constructor(
    private readonly network: Network,
    private capacityOf: CapacityOf,
  ) {
    this.width = network.resourceCount;
    const needs: Int32Array[] = [];
    const amounts: Int32Array[] = [];
    for (let j = 0; j < network.size; j += 1) {
      const ks: number[] = [];
      const qs: number[] = [];
      for (let k = 0; k < this.width; k += 1) {
        const q = network.demands[j * this.width + k] ?? 0;
        if (q > 0) {
          ks.push(k);
          qs.push(q);
        }
      }
      needs.push(Int32Array.from(ks));
      amounts.push(Int32Array.from(qs));
    }
    this.needs = needs;
    this.amounts = amounts;
  }

  /** Empties the timeline; with a new capacity function (another anchor of a backward clock), rebuilds it. */
  reset(capacityOf?: CapacityOf): void {
    // Constant capacities read the same on both clocks: nothing to rebuild.
    if (capacityOf !== undefined && capacityOf !== this.capacityOf && !this.network.constantCapacity) {
      this.capacityOf = capacityOf;
      this.periods = 0;
      this.free = new Int32Array(0);
      this.base = new Int32Array(0);
    } else {
      this.free.set(this.base.subarray(0, this.touched * this.width));
    }
    this.touched = 0;
  }

  private ensure(periods: number): void {
    if (periods <= this.periods) return;
    const next = Math.max(periods, this.periods * 2, 64);
    const free = new Int32Array(next * this.width);
    const base = new Int32Array(next * this.width);
    free.set(this.free);
    base.set(this.base);
    for (let t = this.periods; t < next; t += 1) {
      for (let k = 0; k < this.width; k += 1) {
        const c = this.capacityOf(k, t);
        free[t * this.width + k] = c;
        base[t * this.width + k] = c;
      }
    }
    this.free = free;
    this.base = base;
    this.periods = next;
  }

  /** The earliest period ≥ from at which activity j fits for its whole duration, finishing by `limit`; −1 if none. */
  earliestFit(j: number, from: number, limit = Number.POSITIVE_INFINITY): number {
    const duration = this.network.durations[j] ?? 0;
    const needs = this.needs[j];
    const amounts = this.amounts[j];
    if (needs === undefined || amounts === undefined || duration === 0 || needs.length === 0) return from + duration <= limit ? from : -1;
    const width = this.width;
    let t = from;
    for (;;) {
      if (t + duration > limit) return -1;
      this.ensure(t + duration);
      const free = this.free;
      let conflict = -1;
      for (let tau = t + duration - 1; tau >= t && conflict < 0; tau -= 1) {
        const row = tau * width;
        for (let i = 0; i < needs.length; i += 1) {
          if ((free[row + (needs[i] ?? 0)] ?? 0) < (amounts[i] ?? 0)) {
            conflict = tau;
            break;
          }
        }
      }
      if (conflict < 0) return t;
      t = conflict + 1;
    }
  }

  /** Books activity j's demands in periods start..start+duration−1 (the caller has checked that it fits). */
  book(j: number, start: number): void {
    const duration = this.network.durations[j] ?? 0;
    const needs = this.needs[j];
    const amounts = this.amounts[j];
    if (needs === undefined || amounts === undefined || duration === 0) return;
    this.ensure(start + duration);
    const width = this.width;
    for (let tau = start; tau < start + duration; tau += 1) {
      const row = tau * width;
      for (let i = 0; i < needs.length; i += 1) {
        const cell = row + (needs[i] ?? 0);
        this.free[cell] = (this.free[cell] ?? 0) - (amounts[i] ?? 0);
      }
    }
    this.touched = Math.max(this.touched, start + duration);
  }

  /** Free capacity of resource k in period t (for the parallel scheme and tests). */
  freeAt(k: number, t: number): number {
    this.ensure(t + 1);
    return this.free[t * this.width + k] ?? 0;
  }
}
