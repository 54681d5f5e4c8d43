import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { StoredForecast } from '../../domain/metrics';
import { FORECAST_QUEUED_TTL_MS, type ForecastStorePort } from '../../usecases/ports/forecast-store';

/** `forecast:<EPIC-KEY>`: the campaign's last forecast, beside its snapshot (`snapshot:<EPIC-KEY>…`). */
const KEY = (epicKey: string): string => `forecast:${epicKey}`;
/** `forecast-queued:<EPIC-KEY>`: when a recomputation was queued that has not started yet. */
const QUEUED_KEY = (epicKey: string): string => `forecast-queued:${epicKey}`;

const Queued = z.object({ at: z.number() });

export const forecastStore: ForecastStorePort = {
  async load(epicKey) {
    const parsed = StoredForecast.safeParse(await kvs.get<unknown>(KEY(epicKey)));
    // An unreadable forecast (an older shape) is as good as none: the consumer writes a new one.
    return parsed.success ? parsed.data : undefined;
  },
  async save(forecast) {
    await kvs.set(KEY(forecast.epicKey), forecast);
  },
  // Not atomic: two loads at the same instant may both queue, and the second run then finds the forecast current.
  async markQueued(epicKey, at) {
    const last = Queued.safeParse(await kvs.get<unknown>(QUEUED_KEY(epicKey)));
    if (last.success && at.getTime() - last.data.at < FORECAST_QUEUED_TTL_MS) return false;
    await kvs.set(QUEUED_KEY(epicKey), { at: at.getTime() });
    return true;
  },
  async clearQueued(epicKey) {
    await kvs.delete(QUEUED_KEY(epicKey));
  },
};
