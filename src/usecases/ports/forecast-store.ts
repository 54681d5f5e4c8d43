import type { StoredForecast } from '../../domain/metrics';

/** Each campaign's last deadline forecast, stored beside its snapshot by the forecast consumer. */
export interface ForecastStorePort {
  load(epicKey: string): Promise<StoredForecast | undefined>;
  save(forecast: StoredForecast): Promise<void>;
  /**
   * Notes that a recomputation is queued at `at`: false when one is already queued and not started yet (less than
   * `FORECAST_QUEUED_TTL_MS` ago), so a burst of panel loads or issue events queues it once.
   */
  markQueued(epicKey: string, at: Date): Promise<boolean>;
  /** The consumer starts on the latest data: a change from now on needs a new run. */
  clearQueued(epicKey: string): Promise<void>;
}

/** A queued recomputation that has not started after this long is taken as lost, and queued again. */
export const FORECAST_QUEUED_TTL_MS = 15 * 60_000;

/** The `campaign-forecast` queue, whose consumer recomputes a campaign's forecast. False when it could not be queued. */
export interface ForecastQueuePort {
  enqueue(epicKey: string): Promise<boolean>;
}
