import type { Activity, Problem } from '../../../src/domain/rcpsp';

/** A compact activity: id, duration, demands, successors by id. */
export type Row = [id: string, duration: number, demands: number[], successors: string[], earliestStart?: number];

export function problemOf(rows: Row[], capacities: number[], profiles: (number[] | undefined)[] = []): Problem {
  const index = new Map(rows.map(([id], i) => [id, i]));
  const activities: Activity[] = rows.map(([id, duration, demands, successors, earliestStart]) => ({
    id,
    duration,
    demands,
    successors: successors.map((s) => index.get(s) ?? -1),
    ...(earliestStart === undefined ? {} : { earliestStart }),
  }));
  return {
    activities,
    resources: capacities.map((capacity, k) => {
      const profile = profiles[k];
      return { id: `R${k + 1}`, capacity, ...(profile === undefined ? {} : { profile }) };
    }),
  };
}

/** Start of each activity by id. */
export const startsById = (problem: Problem, starts: readonly number[]): Record<string, number> =>
  Object.fromEntries(problem.activities.map((a, j) => [a.id, starts[j] ?? -1]));
