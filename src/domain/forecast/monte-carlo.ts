import { ESTIMATE_FACTOR } from './work-factor';
import { triangularInverse, type Random } from '../metrics/random';
import type { IndexedNetwork } from './activity-list';
import { quantile, quantileStandardError, sortedCopy } from './quantiles';
import type { RiskDraws } from './risk-events';
import { serialPass, type PassResult, type Resources } from './serial-pass';

export interface TrialOptions {
  random: Random;
  /** Trials at most (the adaptive stop usually needs fewer). */
  maxTrials?: number;
  minTrials?: number;
  /** Stop once every milestone's P85 is known to within this many business days (standard error). */
  targetStandardError?: number;
}

export const TRIAL_DEFAULTS = { maxTrials: 2000, minTrials: 400, batch: 200, targetStandardError: 0.5 } as const;

/** Per milestone: finish samples (grid days); per activity: how many trials put it on its campaign's critical path. */
export interface TrialSamples {
  trials: number;
  milestoneFinish: Map<number, Float64Array>;
  critical: Int32Array;
  /** The largest P85 standard error over milestones when the trials stopped. */
  standardError: number;
}

/** One trial's work: every open task's estimate × a triangular factor, plus the risks that happen. */
function drawWork(network: IndexedNetwork, random: Random, work: Float64Array, risks: RiskDraws): boolean[] {
  const acts = network.activities;
  for (let i = 0; i < acts.length; i += 1) {
    const w = acts[i]?.done ? 0 : (acts[i]?.workDays ?? 0);
    work[i] = w > 0 ? w * triangularInverse(random(), ESTIMATE_FACTOR.min, ESTIMATE_FACTOR.mode, ESTIMATE_FACTOR.max) : 0;
  }
  return risks.draw(random, work);
}

/** Marks the chain of binding constraints back from each campaign's last-finishing milestone. */
function markCritical(network: IndexedNetwork, pass: PassResult, critical: Int32Array, stamp: Int32Array, trial: number): void {
  const ends = new Map<string, number>();
  network.activities.forEach((a, i) => {
    if (a.kind !== 'milestone' || a.done) return;
    const current = ends.get(a.campaign);
    if (current === undefined || (pass.finish[i] ?? 0) > (pass.finish[current] ?? 0)) ends.set(a.campaign, i);
  });
  for (const end of ends.values()) {
    for (let i = end; i >= 0 && stamp[i] !== trial; i = pass.binding[i] ?? -1) {
      stamp[i] = trial;
      critical[i] = (critical[i] ?? 0) + 1;
    }
  }
}

function worstStandardError(samples: Map<number, Float64Array>, count: number): number {
  let worst = 0;
  for (const s of samples.values()) worst = Math.max(worst, quantileStandardError(sortedCopy(s, count), 0.85));
  return worst;
}

/**
 * Monte Carlo over the network: each trial draws every open task's work (estimate × triangular 0.8/1.0/1.6) and
 * schedules everything with the serial SGS, so links, calendars and every person's capacity hold in every trial;
 * open risks of the register happen as discrete events.
 * Runs in batches and stops once P85 is stable.
 */
export function runTrials(network: IndexedNetwork, resources: Resources, risks: RiskDraws, options: TrialOptions): TrialSamples {
  const max = options.maxTrials ?? TRIAL_DEFAULTS.maxTrials;
  const min = Math.min(max, options.minTrials ?? TRIAL_DEFAULTS.minTrials);
  const target = options.targetStandardError ?? TRIAL_DEFAULTS.targetStandardError;
  const acts = network.activities;
  const milestoneFinish = new Map<number, Float64Array>();
  acts.forEach((a, i) => {
    if (a.kind === 'milestone' && !a.done) milestoneFinish.set(i, new Float64Array(max));
  });
  const critical = new Int32Array(acts.length);
  const stamp = new Int32Array(acts.length).fill(-1);
  const work = new Float64Array(acts.length);
  let trial = 0;
  let standardError = Number.POSITIVE_INFINITY;
  while (trial < max) {
    const fired = drawWork(network, options.random, work, risks);
    const pass = serialPass(network, resources, work);
    risks.record(fired, pass);
    for (const [i, samples] of milestoneFinish) samples[trial] = pass.finish[i] ?? 0;
    markCritical(network, pass, critical, stamp, trial);
    trial += 1;
    if (trial >= min && (trial % TRIAL_DEFAULTS.batch === 0 || trial === max)) {
      standardError = worstStandardError(milestoneFinish, trial);
      if (standardError <= target) break;
    }
  }
  for (const [i, samples] of milestoneFinish) milestoneFinish.set(i, samples.slice(0, trial));
  return { trials: trial, milestoneFinish, critical, standardError: Number.isFinite(standardError) ? standardError : 0 };
}

export { quantile };
