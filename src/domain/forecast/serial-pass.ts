import type { IndexedNetwork } from './activity-list';
import type { DayGrid } from './day-grid';
import { DEFAULT_CAPACITY, type ScheduleNetwork } from './model';
import { PersonTimeline, type Placement } from './person-timeline';
import { serialGenerate, type Placer } from '../rcpsp/serial-core';

/** What one pass of the serial schedule generation scheme gives: when each activity starts and ends, and why. */
export interface PassResult {
  start: Float64Array;
  finish: Float64Array;
  /** What fixed each start: a predecessor's or a same-person activity's index; -1 nothing (today); -2 time off. */
  binding: Int32Array;
  /** Who did each task (the assignee, or the pool member chosen); '' for milestones and unstaffed work. */
  doer: string[];
}

/** Who may do each activity: its assignee, else its role's people; none = unconstrained (nobody to wait for). */
export class Resources {
  private readonly timelines = new Map<string, PersonTimeline>();
  readonly candidates: readonly (readonly string[])[];

  constructor(network: ScheduleNetwork, indexed: IndexedNetwork, grid: DayGrid) {
    const settings = new Map(network.people.map((p) => [p.accountId, p]));
    const timeline = (accountId: string): void => {
      if (!this.timelines.has(accountId))
        this.timelines.set(accountId, new PersonTimeline(settings.get(accountId) ?? { accountId, ...DEFAULT_CAPACITY }, grid));
    };
    this.candidates = indexed.activities.map((a) => {
      if (a.kind === 'milestone' || a.done || a.workDays <= 0) return [];
      const who = a.assignee ? [a.assignee] : a.role ? (network.pools[a.role] ?? []) : [];
      who.forEach(timeline);
      return who;
    });
  }

  timeline(accountId: string): PersonTimeline | undefined {
    return this.timelines.get(accountId);
  }

  reset(): void {
    for (const t of this.timelines.values()) t.reset();
  }
}

/** Among the people who may do it, the one who would finish first (the assignee when there is one). */
function bestPlacement(resources: Resources, who: readonly string[], earliest: number, work: number): [string, Placement] | null {
  let best: [string, Placement] | null = null;
  for (const accountId of who) {
    const placement = resources.timeline(accountId)?.place(earliest, work);
    if (placement && (!best || placement.finish < best[1].finish - 1e-9)) best = [accountId, placement];
  }
  return best;
}

/**
 * The campaign placer for the shared serial scheme: work fills the free capacity of whoever does it (the best pool
 * member for role work); milestones and unstaffed work take no one's time. Records who did it and, when a person's
 * other work or time off held it back, what it waited for.
 */
class PeoplePlacer implements Placer {
  private readonly finishes: Float64Array;

  constructor(
    private readonly resources: Resources,
    private readonly work: Float64Array,
    private readonly result: PassResult,
  ) {
    this.finishes = new Float64Array(work.length);
  }

  place(i: number, earliest: number): number {
    const w = this.work[i] ?? 0;
    const chosen = w > 0 ? bestPlacement(this.resources, this.resources.candidates[i] ?? [], earliest, w) : null;
    if (!chosen) {
      this.finishes[i] = earliest + w;
      return earliest;
    }
    const [accountId, placement] = chosen;
    const timeline = this.resources.timeline(accountId);
    if (placement.delayed && timeline) {
      const blocker = timeline.blockerBetween(earliest, placement.start);
      this.result.binding[i] = blocker >= 0 ? blocker : -2;
    }
    timeline?.place(earliest, w, i);
    this.finishes[i] = placement.finish;
    this.result.doer[i] = accountId;
    return placement.start;
  }

  finish(i: number): number {
    return this.finishes[i] ?? 0;
  }
}

/**
 * One pass of the serial scheme (rcpsp/serial-core, the code the PSPLIB benchmark measures) in the fixed LFT order:
 * each activity at the earliest time its predecessors allow, on the free capacity of whoever does it. `work[i]` is
 * this trial's person-days.
 */
export function serialPass(network: IndexedNetwork, resources: Resources, work: Float64Array): PassResult {
  const n = network.activities.length;
  const result: PassResult = {
    start: new Float64Array(n),
    finish: new Float64Array(n),
    binding: new Int32Array(n).fill(-1),
    doer: new Array<string>(n).fill(''),
  };
  resources.reset();
  serialGenerate(network.order, network.predecessors, null, new PeoplePlacer(resources, work, result), {
    starts: result.start,
    finishes: result.finish,
    binding: result.binding,
  });
  return result;
}
