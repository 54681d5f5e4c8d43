import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { CostFieldIds } from '../../domain/snapshot';
import type { RetryGate } from '../http/retry';
import { fieldIdForModule } from './fields';
import { requestJira } from './request';

/** The manifest's number fields a campaign snapshot reads, by role. */
const COST_FIELD_MODULES = {
  plannedCost: 'planned-cost',
  actualCost: 'actual-cost',
  committedCost: 'committed-cost',
} as const satisfies Record<keyof CostFieldIds, string>;

const FieldList = z.array(
  z
    .object({ id: z.string(), key: z.string().optional(), schema: z.object({ custom: z.string().optional() }).passthrough().optional() })
    .passthrough(),
);
const CACHE_KEY = 'campaign-cost-fields';
const CACHE_MS = 24 * 60 * 60 * 1000;
const Cached = z
  .object({
    ids: z.object({ plannedCost: z.string().optional(), actualCost: z.string().optional(), committedCost: z.string().optional() }).strict(),
    at: z.number(),
  })
  .strict();

/** The app's cost field ids, cached for a day in app storage (one `GET /field` on a cold start, none after). */
export async function findCostFieldIds(retry: RetryGate, now: number = Date.now()): Promise<CostFieldIds> {
  const cached = Cached.safeParse(await kvs.get<unknown>(CACHE_KEY));
  const complete = (ids: CostFieldIds): boolean => Object.keys(COST_FIELD_MODULES).every((k) => ids[k as keyof CostFieldIds]);
  if (cached.success && now - cached.data.at < CACHE_MS && complete(cached.data.ids)) return cached.data.ids;
  const fields = await requestJira(route`/rest/api/3/field`, { as: 'app', schema: FieldList, retry });
  const ids: CostFieldIds = {};
  for (const [role, moduleKey] of Object.entries(COST_FIELD_MODULES) as [keyof CostFieldIds, string][]) {
    const id = fieldIdForModule(fields, moduleKey);
    if (id) ids[role] = id;
  }
  await kvs.set(CACHE_KEY, { ids, at: now });
  return ids;
}

export const costFieldList = (ids: CostFieldIds): string[] => Object.values(ids).filter((v): v is string => typeof v === 'string');
