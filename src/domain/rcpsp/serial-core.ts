/**
 * The serial schedule generation scheme itself (Kelley 1963; Kolisch 1996), shared by the PSPLIB engine and the
 * campaign forecast so that the scheduler measured on the benchmark is the one that dates campaigns. Activities are
 * taken in the order of an activity list; each starts at the earliest time its predecessors have finished (and not
 * before its floor), at the first place its resources have room for it. What "room" means is the placer's: whole units
 * per period for PSPLIB, a share of a person's working days for a campaign.
 */

/** Puts one activity on the resources, committing it. */
export interface Placer {
  /** The start of activity j at or after `earliest`, or −1 when it cannot be placed (beyond a limit). */
  place(j: number, earliest: number): number;
  /** The finish of activity j placed at `start` (called right after `place`). */
  finish(j: number, start: number): number;
}

/** Numbers indexed by activity, written in place (typed arrays of either kind). */
export interface Slots {
  [index: number]: number;
  readonly length: number;
}

export interface SerialOutput {
  readonly starts: Slots;
  readonly finishes: Slots;
  /** When given: for each activity, the predecessor whose finish fixed its earliest start (−1: its floor). */
  readonly binding?: Int32Array;
}

/**
 * One serial pass over `list` (which must put each activity after everything in `before[j]`). `floor[j]` is j's
 * earliest start, or 0 when `floor` is null. Returns the latest finish, or −1 as soon as the placer refuses one.
 */
export function serialGenerate(
  list: ArrayLike<number>,
  before: readonly ArrayLike<number>[],
  floor: ArrayLike<number> | null,
  placer: Placer,
  out: SerialOutput,
): number {
  const { starts, finishes, binding } = out;
  let makespan = 0;
  for (let p = 0; p < list.length; p += 1) {
    const j = list[p] ?? 0;
    let earliest = floor === null ? 0 : (floor[j] ?? 0);
    let bound = -1;
    const preds = before[j];
    if (preds !== undefined) {
      for (let i = 0; i < preds.length; i += 1) {
        const pred = preds[i] ?? 0;
        const finish = finishes[pred] ?? 0;
        if (finish > earliest) [earliest, bound] = [finish, pred];
      }
    }
    if (binding !== undefined) binding[j] = bound;
    const start = placer.place(j, earliest);
    if (start < 0) return -1;
    starts[j] = start;
    const finish = placer.finish(j, start);
    finishes[j] = finish;
    if (finish > makespan) makespan = finish;
  }
  return makespan;
}
