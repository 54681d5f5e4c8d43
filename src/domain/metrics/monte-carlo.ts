import { standardNormal, triangularInverse, type Random } from './random';

export const DEFAULT_TRIALS = 2000;
/** A simulated milestone that never finishes within ~10 years of work is reported at this horizon. */
export const MAX_SIMULATED_DAYS = 2600;

/** Spread of the actual duration of a task around its estimate (triangular: rarely faster, sometimes much slower). */
export const ESTIMATE_FACTOR = { min: 0.8, mode: 1.0, max: 1.6 } as const;
const FACTOR_MEAN = (ESTIMATE_FACTOR.min + ESTIMATE_FACTOR.mode + ESTIMATE_FACTOR.max) / 3;
const FACTOR_SD = Math.sqrt(
  (ESTIMATE_FACTOR.min ** 2 +
    ESTIMATE_FACTOR.mode ** 2 +
    ESTIMATE_FACTOR.max ** 2 -
    ESTIMATE_FACTOR.min * ESTIMATE_FACTOR.mode -
    ESTIMATE_FACTOR.min * ESTIMATE_FACTOR.max -
    ESTIMATE_FACTOR.mode * ESTIMATE_FACTOR.max) /
    18,
);
/** Above this many tasks in one lane and milestone, their summed duration is drawn from its normal approximation. */
const EXACT_SUM_LIMIT = 12;

export interface OpenTask {
  estimateDays: number;
  /** Who does it; tasks of one assignee run one after the other, unassigned tasks each run in parallel. */
  assigneeAccountId: string | null;
}

/** A milestone's open work, milestones in the order the team works them (due date order). */
export interface MilestoneWork {
  key: string;
  openTasks: readonly OpenTask[];
}

/** Business days of work from today until the milestone's open tasks are done; null when nothing is left. */
export interface MilestoneForecast {
  key: string;
  p50Days: number | null;
  p85Days: number | null;
}

/** The `p`-quantile (0..1) of samples, nearest-rank. Sorts the array in place. */
export function percentile(samples: Float64Array, p: number): number {
  samples.sort();
  const rank = Math.min(samples.length, Math.max(1, Math.ceil(p * samples.length)));
  return samples[rank - 1];
}

function summarize(milestones: readonly MilestoneWork[], results: Float64Array[]): MilestoneForecast[] {
  return milestones.map((m, i) =>
    m.openTasks.length === 0
      ? { key: m.key, p50Days: null, p85Days: null }
      : { key: m.key, p50Days: Math.ceil(percentile(results[i], 0.5)), p85Days: Math.ceil(percentile(results[i], 0.85)) },
  );
}

/**
 * Monte Carlo over the team's throughput: each simulated business day completes as many items as a day drawn from
 * history. The team works milestones in order, so milestone i is done once the open tasks of milestones 0..i are.
 */
export function forecastFromThroughput(
  milestones: readonly MilestoneWork[],
  perDay: readonly number[],
  random: Random,
  trials = DEFAULT_TRIALS,
): MilestoneForecast[] {
  if (perDay.length === 0) throw new Error('forecastFromThroughput: perDay must hold at least one day of history');
  const thresholds: number[] = [];
  let total = 0;
  for (const m of milestones) thresholds.push((total += m.openTasks.length));
  const results = milestones.map(() => new Float64Array(trials));
  for (let t = 0; t < trials; t += 1) {
    let done = 0;
    let next = 0;
    while (next < thresholds.length && thresholds[next] === 0) results[next++][t] = 0;
    for (let day = 1; next < thresholds.length; day += 1) {
      done += perDay[Math.floor(random() * perDay.length)];
      if (day >= MAX_SIMULATED_DAYS) done = total;
      while (next < thresholds.length && done >= thresholds[next]) results[next++][t] = day;
    }
  }
  return summarize(milestones, results);
}

interface LaneGroup {
  /** Estimates of the tasks one person does for one milestone. */
  estimates: number[];
  sum: number;
  sumOfSquares: number;
}

function sampleSerial(group: LaneGroup, random: Random): number {
  if (group.estimates.length <= EXACT_SUM_LIMIT) {
    let s = 0;
    for (const e of group.estimates) s += e * triangularInverse(random(), ESTIMATE_FACTOR.min, ESTIMATE_FACTOR.mode, ESTIMATE_FACTOR.max);
    return s;
  }
  const draw = FACTOR_MEAN * group.sum + FACTOR_SD * Math.sqrt(group.sumOfSquares) * standardNormal(random);
  return Math.min(ESTIMATE_FACTOR.max * group.sum, Math.max(ESTIMATE_FACTOR.min * group.sum, draw));
}

/** Longest of `count` parallel tasks of one estimate: the maximum of iid draws, sampled by inverse CDF (u^(1/n)). */
const sampleParallelMax = (estimate: number, count: number, random: Random): number =>
  estimate * triangularInverse(random() ** (1 / count), ESTIMATE_FACTOR.min, ESTIMATE_FACTOR.mode, ESTIMATE_FACTOR.max);

/**
 * Monte Carlo over the plan's estimates when there is no usable history: each task takes its estimate × a
 * triangular factor (0.8, 1.0, 1.6). One assignee's tasks run in sequence, milestone after milestone; different
 * assignees (and unassigned tasks) run in parallel. Draws are per (assignee, milestone) group, not per task.
 */
export function forecastFromEstimates(milestones: readonly MilestoneWork[], random: Random, trials = DEFAULT_TRIALS): MilestoneForecast[] {
  const lanes = new Map<string, (LaneGroup | null)[]>();
  const unassigned = milestones.map(() => new Map<number, number>());
  milestones.forEach((m, i) => {
    for (const task of m.openTasks) {
      if (task.estimateDays <= 0) continue;
      if (task.assigneeAccountId === null) {
        unassigned[i].set(task.estimateDays, (unassigned[i].get(task.estimateDays) ?? 0) + 1);
        continue;
      }
      let lane = lanes.get(task.assigneeAccountId);
      if (!lane) lanes.set(task.assigneeAccountId, (lane = milestones.map(() => null)));
      const group = (lane[i] ??= { estimates: [], sum: 0, sumOfSquares: 0 });
      group.estimates.push(task.estimateDays);
      group.sum += task.estimateDays;
      group.sumOfSquares += task.estimateDays ** 2;
    }
  });
  // Only estimates that can still be the longest matter: e × 1.6 below the largest × 0.8 never wins.
  const parallel = unassigned.map((byEstimate) => {
    const largest = Math.max(0, ...byEstimate.keys());
    return [...byEstimate].filter(([e]) => e * ESTIMATE_FACTOR.max >= largest * ESTIMATE_FACTOR.min).sort((a, b) => a[0] - b[0]);
  });
  const laneList = [...lanes.values()];
  const results = milestones.map(() => new Float64Array(trials));
  for (let t = 0; t < trials; t += 1) {
    milestones.forEach((_, i) => {
      let finish = 0;
      for (const [estimate, count] of parallel[i]) finish = Math.max(finish, sampleParallelMax(estimate, count, random));
      results[i][t] = finish;
    });
    for (const lane of laneList) {
      let elapsed = 0;
      lane.forEach((group, i) => {
        if (!group) return;
        elapsed += sampleSerial(group, random);
        if (elapsed > results[i][t]) results[i][t] = elapsed;
      });
    }
  }
  return summarize(milestones, results);
}
