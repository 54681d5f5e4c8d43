import type { ForecastState } from '../../contracts/campaign-panel';
import { forecastDeadlines, forecastFingerprint, riskInputOf, type DeadlineForecast, type ForecastSource } from '../../domain/metrics';
import type { Clock } from '../ports/clock';
import type { ForecastQueuePort, ForecastStorePort } from '../ports/forecast-store';

export interface ForecastRequestPorts {
  forecasts: Pick<ForecastStorePort, 'markQueued' | 'clearQueued'>;
  forecastQueue: ForecastQueuePort;
  clock: Clock;
}

/** Queues the campaign's forecast for recomputation, unless a run is already queued and not started. */
export async function requestForecast(epicKey: string, ports: ForecastRequestPorts): Promise<boolean> {
  if (!(await ports.forecasts.markQueued(epicKey, ports.clock.now()))) return false;
  const queued = await ports.forecastQueue.enqueue(epicKey);
  // Not queued (the queue refused it): the next panel load or event tries again rather than wait for the mark to expire.
  if (!queued) await ports.forecasts.clearQueued(epicKey);
  return queued;
}

export interface PanelForecastPorts {
  /** Stored forecasts (none: every panel computes its own, as the tests' in-memory panels do). */
  forecasts?: ForecastStorePort;
  forecastQueue?: ForecastQueuePort;
}

/** What the panel shows: a forecast to use (absent: compute it in the panel; null: none ready) and its state. */
export interface PanelForecast {
  forecast?: DeadlineForecast | null;
  state: ForecastState;
}

/**
 * The deadline forecast a panel shows, without running the Monte Carlo on a panel load: the stored one when its
 * inputs are today's (current), else the last one with its time (stale) or none yet (pending), and a recomputation
 * is queued once. `inline` (the status report, which publishes numbers) computes a missing or stale one here, and stores it.
 */
export async function panelForecast(
  source: ForecastSource,
  options: { inline: boolean; now: Date },
  ports: PanelForecastPorts,
): Promise<PanelForecast> {
  const { now } = options;
  const { forecasts } = ports;
  if (!forecasts) return { state: { status: 'current', computedAt: now.toISOString() } };
  const input = riskInputOf(source);
  const fingerprint = forecastFingerprint(input);
  const epicKey = source.record.epicKey;
  const stored = await forecasts.load(epicKey);
  if (stored?.fingerprint === fingerprint)
    return { forecast: stored.forecast, state: { status: 'current', computedAt: stored.computedAt } };
  if (options.inline) {
    const forecast = forecastDeadlines(input);
    await forecasts.save({ epicKey, fingerprint, computedAt: now.toISOString(), forecast });
    return { forecast, state: { status: 'current', computedAt: now.toISOString() } };
  }
  if (ports.forecastQueue) await requestForecast(epicKey, { forecasts, forecastQueue: ports.forecastQueue, clock: { now: () => now } });
  return stored
    ? { forecast: stored.forecast, state: { status: 'stale', computedAt: stored.computedAt } }
    : { forecast: null, state: { status: 'pending', computedAt: null } };
}
