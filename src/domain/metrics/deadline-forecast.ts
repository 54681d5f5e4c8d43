import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CriticalStep } from '../../contracts/campaign-panel';
import { forecastNetwork, TRIAL_DEFAULTS, type NetworkForecast, type RiskEvent, type ScheduleNetwork } from '../forecast';
import { campaignActivities, rolePools } from './campaign-network';
import type { RiskInput } from './risk-input';

const Outlook = z
  .object({
    p50: z.string(),
    p85: z.string(),
    p85Days: z.number(),
    onTime: z.number().nullable(),
    waitsFor: z.string().nullable(),
    drivers: z.array(z.object({ accountId: z.string(), workDays: z.number(), campaigns: z.number(), before: z.string() }).strict()),
  })
  .strict();

/**
 * The heavy half of the deadline risk: the Monte Carlo's answer for one campaign, plain JSON so an async consumer can
 * compute it and store it with the campaign snapshot, and a panel load read it back without running a trial.
 */
export const DeadlineForecast = z
  .object({
    trials: z.number().int().nonnegative(),
    standardErrorDays: z.number().nonnegative(),
    /** The campaign's own open milestones, by key. */
    milestones: z.record(Outlook),
    /** With open risks: each milestone's P85 in the same forecast without them. */
    p85WithoutRisks: z.record(z.string()).optional(),
    criticalPath: z.array(CriticalStep),
    riskEffects: z.array(z.object({ id: z.string(), launchDelayDays: z.number() }).strict()),
  })
  .strict();
export type DeadlineForecast = z.infer<typeof DeadlineForecast>;

/** A campaign's last forecast as stored beside its snapshot (`forecast:<EPIC-KEY>`), with what it was computed from. */
export const StoredForecast = z
  .object({
    epicKey: z.string(),
    /** `forecastFingerprint` of the inputs: equal to today's, the forecast is current. */
    fingerprint: z.string(),
    /** When it was computed (ISO date-time): the panel shows it. */
    computedAt: z.string(),
    forecast: DeadlineForecast,
  })
  .strict();
export type StoredForecast = z.infer<typeof StoredForecast>;

function mergedPools(own: Record<string, string[]>, extra: RiskInput['pools']): Record<string, string[]> {
  const pools = { ...own };
  for (const [role, people] of Object.entries(extra ?? {})) pools[role] = [...new Set([...(pools[role] ?? []), ...people])].sort();
  return pools;
}

/** The schedule network the forecast runs on: the campaign's work, every other campaign's, people and risks. */
function networkOf(input: RiskInput, risks: readonly RiskEvent[] = input.risks ?? []): ScheduleNetwork {
  return {
    activities: [...campaignActivities(input.epicKey, input.items), ...(input.otherActivities ?? [])],
    people: input.capacity ?? [],
    pools: mergedPools(rolePools(input.items), input.pools),
    calendar: input.calendar,
    today: input.today,
    risks,
  };
}

const trialsOf = (input: RiskInput): number => input.trials ?? TRIAL_DEFAULTS.maxTrials;

/**
 * What the forecast depends on, hashed (sha256): when it is unchanged the stored forecast is current. Names are left
 * out (renaming a task moves no date); the seed comes from the epic key, so it is part of it.
 */
export function forecastFingerprint(input: RiskInput): string {
  const network = networkOf(input);
  const activities = network.activities.map(({ name: _name, ...rest }) => rest);
  return createHash('sha256')
    .update(JSON.stringify({ epicKey: input.epicKey, trials: trialsOf(input), ...network, activities }))
    .digest('hex');
}

function criticalSteps(input: RiskInput, network: ScheduleNetwork, forecast: NetworkForecast): CriticalStep[] {
  const byKey = new Map(network.activities.map((a) => [a.key, a]));
  return (forecast.criticalPath.get(input.epicKey) ?? []).map((key) => ({
    key,
    // Another campaign's work is named by the UI ("work on another campaign"): the reader may not see it.
    name: byKey.get(key)?.name ?? '',
    kind: byKey.get(key)?.kind ?? 'task',
    criticality: Math.round((forecast.criticality.get(key) ?? 0) * 100) / 100,
    otherCampaign: (byKey.get(key)?.campaign ?? input.epicKey) !== input.epicKey,
  }));
}

/** The resolver-free Monte Carlo of one campaign's deadlines (and, with open risks, the same without them). */
export function forecastDeadlines(input: RiskInput): DeadlineForecast {
  const network = networkOf(input);
  const run = (n: ScheduleNetwork): NetworkForecast => forecastNetwork(n, { random: input.random, maxTrials: trialsOf(input) });
  const forecast = run(network);
  // With open risks, the same forecast without them: the panel shows how far the risks move each P85.
  const riskFree = (input.risks?.length ?? 0) > 0 ? run(networkOf(input, [])) : undefined;
  const milestones: DeadlineForecast['milestones'] = {};
  for (const [key, m] of forecast.milestones)
    if (m.campaign === input.epicKey)
      milestones[key] = { p50: m.p50, p85: m.p85, p85Days: m.p85Days, onTime: m.onTime, waitsFor: m.waitsFor, drivers: m.drivers };
  const p85WithoutRisks = riskFree
    ? Object.fromEntries(
        Object.keys(milestones).flatMap((k): [string, string][] => {
          const free = riskFree.milestones.get(k);
          return free ? [[k, free.p85]] : [];
        }),
      )
    : undefined;
  return {
    trials: forecast.trials,
    standardErrorDays: forecast.standardErrorDays,
    milestones,
    ...(p85WithoutRisks ? { p85WithoutRisks } : {}),
    criticalPath: criticalSteps(input, network, forecast),
    riskEffects: [...forecast.riskEffects],
  };
}
