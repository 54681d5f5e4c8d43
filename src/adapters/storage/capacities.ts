import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { IsoDate } from '../../domain/model';
import type { StoredCapacity } from '../../usecases/ports/capacity-store';

/**
 * People's capacity settings, `capacity:<accountId>`: site-wide, because the same people work on every project's
 * campaigns. One key per person, written whole, so a save never leaves half a setting.
 */
const KEY = (accountId: string): string => `capacity:${accountId}`;
const PAGE = 100;

const Stored = z.object({
  accountId: z.string(),
  availabilityPercent: z.number().optional(),
  hoursPerWeek: z.number().optional(),
  reservedPercent: z.number(),
  timeOff: z.array(z.object({ from: IsoDate, to: IsoDate })),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

/** A value that no longer parses is skipped: that person falls back to the 100 % default rather than break the forecast. */
const parsed = (value: unknown): StoredCapacity | undefined => {
  const result = Stored.safeParse(value);
  return result.success ? result.data : undefined;
};

export async function listCapacities(): Promise<StoredCapacity[]> {
  const out: StoredCapacity[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.query().where('key', WhereConditions.beginsWith('capacity:')).limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    for (const r of page.results) {
      const settings = parsed(r.value);
      if (settings) out.push(settings);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export async function getCapacity(accountId: string): Promise<StoredCapacity | undefined> {
  return parsed(await kvs.get<unknown>(KEY(accountId)));
}

export async function saveCapacity(settings: StoredCapacity): Promise<void> {
  await kvs.set(KEY(settings.accountId), settings);
}
