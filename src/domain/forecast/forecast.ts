import { FACTOR_MEAN } from './work-factor';
import type { IsoDate } from '../model';
import { indexNetwork, type IndexedNetwork } from './activity-list';
import { DayGrid } from './day-grid';
import { bindingChain, personDrivers, waitsFor, type PersonDriver } from './drivers';
import type { ScheduleNetwork } from './model';
import { quantile, runTrials, type TrialOptions } from './monte-carlo';
import { RiskDraws } from './risk-events';
import { sortedCopy } from './quantiles';
import { Resources, serialPass, type PassResult } from './serial-pass';

export interface MilestoneOutlook {
  key: string;
  campaign: string;
  /** Business days from today (the n-th business day counting today), as the panel's old forecast gave. */
  p50Days: number;
  p85Days: number;
  p50: IsoDate;
  p85: IsoDate;
  /** Share of trials done by the due date; null without a due date. */
  onTime: number | null;
  /** The milestone whose chain of work holds this one back most (expected schedule), if any. */
  waitsFor: string | null;
  drivers: PersonDriver[];
}

export interface NetworkForecast {
  trials: number;
  /** Largest standard error of a milestone's P85, in business days, when the trials stopped. */
  standardErrorDays: number;
  milestones: ReadonlyMap<string, MilestoneOutlook>;
  /** Share of trials (0–1) in which each activity was on its campaign's critical path. */
  criticality: ReadonlyMap<string, number>;
  /** Each campaign's critical path in the expected schedule, first activity first (activity keys). */
  criticalPath: ReadonlyMap<string, readonly string[]>;
  /** Keys on a cycle of links, whose links to each other were ignored. */
  cycle: readonly string[];
  /** Each open risk's mean delay of its campaign's launch when it happens, largest first. */
  riskEffects: readonly { id: string; launchDelayDays: number }[];
}

/** One pass on expected work: the schedule the reasons and the critical path are read from. */
function expectedPass(indexed: IndexedNetwork, resources: Resources): PassResult {
  const work = Float64Array.from(indexed.activities, (a) => (a.done ? 0 : a.workDays * FACTOR_MEAN));
  return serialPass(indexed, resources, work);
}

function criticalPaths(indexed: IndexedNetwork, pass: PassResult): Map<string, string[]> {
  const ends = new Map<string, number>();
  indexed.activities.forEach((a, i) => {
    const current = ends.get(a.campaign);
    if (a.kind === 'milestone' && !a.done && (current === undefined || (pass.finish[i] ?? 0) > (pass.finish[current] ?? 0)))
      ends.set(a.campaign, i);
  });
  return new Map([...ends].map(([campaign, end]) => [campaign, bindingChain(pass, end).map((i) => indexed.activities[i]?.key ?? '')]));
}

/**
 * The forecast of every open milestone of every campaign in the network: P50/P85 dates and the chance of the due
 * date from a resource-constrained Monte Carlo, with what each milestone waits for and whose load drives it.
 */
export function forecastNetwork(network: ScheduleNetwork, options: TrialOptions): NetworkForecast {
  const grid = new DayGrid(network.calendar, network.today);
  const indexed = indexNetwork(network.activities, grid);
  const resources = new Resources(network, indexed, grid);
  const risks = new RiskDraws(indexed, network.risks ?? []);
  const samples = runTrials(indexed, resources, risks, options);
  const expected = expectedPass(indexed, resources);
  const milestones = new Map<string, MilestoneOutlook>();
  for (const [i, finishes] of samples.milestoneFinish) {
    const a = indexed.activities[i];
    if (!a) continue;
    const sorted = sortedCopy(finishes, finishes.length);
    const [p50, p85] = [quantile(sorted, 0.5), quantile(sorted, 0.85)];
    const due = a.dueDate ? grid.countThrough(a.dueDate) : null;
    const chain = bindingChain(expected, i);
    const blocker = waitsFor(indexed, chain, i);
    milestones.set(a.key, {
      key: a.key,
      campaign: a.campaign,
      p50Days: Math.ceil(p50 - 1e-9),
      p85Days: Math.ceil(p85 - 1e-9),
      p50: grid.dateAt(p50),
      p85: grid.dateAt(p85),
      onTime: due === null ? null : sorted.filter((t) => t <= due + 1e-9).length / Math.max(1, sorted.length),
      waitsFor: blocker === null ? null : (indexed.activities[blocker]?.key ?? null),
      drivers: personDrivers(indexed, expected, chain, a.dueDate ?? grid.dateAt(p50), grid),
    });
  }
  const criticality = new Map(indexed.activities.map((a, i) => [a.key, (samples.critical[i] ?? 0) / Math.max(1, samples.trials)]));
  return {
    trials: samples.trials,
    standardErrorDays: Math.round(samples.standardError * 100) / 100,
    milestones,
    criticality,
    criticalPath: criticalPaths(indexed, expected),
    cycle: indexed.cycle,
    riskEffects: risks.effects(),
  };
}
