/**
 * The resource-constrained project scheduling problem (RCPSP, single mode, renewable resources), as the schedule engine
 * sees it. Time is counted in whole periods from 0 (a business day for the campaign forecast, a PSPLIB time unit for the
 * benchmark). Activities are referred to by their index in `activities`; `id` is only carried through to the output.
 */

export interface Activity {
  /** The caller's name for it (a Jira key, a PSPLIB job number); unique within the problem. */
  readonly id: string;
  /** Whole periods of work; 0 for a milestone or a dummy. */
  readonly duration: number;
  /** Indices of the activities that may only start once this one has finished (finish-to-start, no lag). */
  readonly successors: readonly number[];
  /** Units of each resource held during every period the activity runs, aligned with `Problem.resources`. */
  readonly demands: readonly number[];
  /** Start no earlier than this period (a start date, "not before today"); 0 when absent. */
  readonly earliestStart?: number;
}

export interface Resource {
  readonly id: string;
  /** Units available in every period not covered by `profile`. */
  readonly capacity: number;
  /**
   * Optional capacity period by period from 0 (calendars, time off): `profile[t]` is the capacity in period t, and
   * `capacity` applies from `profile.length` on. Periods before 0 have no capacity.
   */
  readonly profile?: readonly number[];
}

export interface Problem {
  readonly activities: readonly Activity[];
  readonly resources: readonly Resource[];
}

/** A schedule: the start period of every activity, aligned with `Problem.activities`. */
export type Starts = readonly number[];

/** Capacity of a resource in period t (0 before period 0). */
export function capacityAt(resource: Resource, t: number): number {
  if (t < 0) return 0;
  const profile = resource.profile;
  if (profile !== undefined && t < profile.length) return profile[t] ?? resource.capacity;
  return resource.capacity;
}

/** The makespan of a schedule: the latest finish (0 for an empty problem). */
export function makespanOf(problem: Problem, starts: Starts): number {
  let makespan = 0;
  problem.activities.forEach((a, j) => {
    makespan = Math.max(makespan, (starts[j] ?? 0) + a.duration);
  });
  return makespan;
}
