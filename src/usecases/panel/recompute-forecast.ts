import { forecastDeadlines, forecastFingerprint, riskInputOf } from '../../domain/metrics';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { Clock } from '../ports/clock';
import type { ForecastStorePort } from '../ports/forecast-store';
import type { SnapshotStorePort } from '../ports/snapshot-store';
import { forecastSourceOf, type ForecastSourcePorts } from './forecast-source';
import { writeSourceRollup, type ConsumerRollupPorts } from '../portfolio/write-rollup';

export interface RecomputeForecastPorts extends ForecastSourcePorts, ConsumerRollupPorts {
  records: CampaignRecordsPort;
  snapshots: Pick<SnapshotStorePort, 'load'>;
  forecasts: Pick<ForecastStorePort, 'load' | 'save' | 'clearQueued'>;
  clock: Clock;
}

export type RecomputeOutcome =
  { computed: true; trials: number; fingerprint: string } | { computed: false; reason: 'not_a_campaign' | 'no_snapshot' | 'current' };

/**
 * The `campaign-forecast` consumer's work (up to 900 s): the campaign's resource-constrained Monte Carlo over every
 * campaign's open work, from its stored snapshot (no user; Jira only for a register kept there), stored for the panel.
 * Nothing is computed when the stored forecast's inputs are today's (a burst of events costs one run).
 */
export async function recomputeForecast(input: { epicKey: string }, ports: RecomputeForecastPorts): Promise<RecomputeOutcome> {
  const { epicKey } = input;
  // First: a change landing while this run computes queues the next run.
  await ports.forecasts.clearQueued(epicKey);
  const [record, stored] = await Promise.all([ports.records.get(epicKey), ports.snapshots.load(epicKey)]);
  if (!record) return { computed: false, reason: 'not_a_campaign' };
  // No roll-up yet: the first panel load builds it, and queues this again.
  if (!stored) return { computed: false, reason: 'no_snapshot' };
  const now = ports.clock.now();
  const { source } = await forecastSourceOf({ record, snapshot: stored.snapshot, people: stored.meta.people }, now, ports);
  const riskInput = riskInputOf(source);
  const fingerprint = forecastFingerprint(riskInput);
  const current = await ports.forecasts.load(epicKey);
  // Either way the portfolio's line is refreshed: an event may have changed costs or sign-offs, not the forecast.
  if (current?.fingerprint === fingerprint) {
    await writeSourceRollup(source, current.forecast, now, ports);
    return { computed: false, reason: 'current' };
  }
  const forecast = forecastDeadlines(riskInput);
  await ports.forecasts.save({ epicKey, fingerprint, computedAt: now.toISOString(), forecast });
  await writeSourceRollup(source, forecast, now, ports);
  return { computed: true, trials: forecast.trials, fingerprint };
}
