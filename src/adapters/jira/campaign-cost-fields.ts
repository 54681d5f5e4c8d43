import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { storyPointsFieldId, type CostFieldIds } from '../../domain/snapshot';
import type { RetryGate } from '../http/retry';
import { fieldIdForModule } from './fields';
import { requestJira } from './request';

/** The manifest's number fields a campaign snapshot reads, by role. */
const COST_FIELD_MODULES = {
  plannedCost: 'planned-cost',
  actualCost: 'actual-cost',
  committedCost: 'committed-cost',
} as const satisfies Record<Exclude<keyof CostFieldIds, 'storyPoints'>, string>;

const FieldList = z.array(
  z
    .object({
      id: z.string(),
      key: z.string().optional(),
      name: z.string().optional(),
      custom: z.boolean().optional(),
      schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).passthrough().optional(),
    })
    .passthrough(),
);
const CACHE_KEY = 'campaign-cost-fields';
const CACHE_MS = 24 * 60 * 60 * 1000;
const Cached = z
  .object({
    ids: z
      .object({
        plannedCost: z.string().optional(),
        actualCost: z.string().optional(),
        committedCost: z.string().optional(),
        storyPoints: z.string().optional(),
      })
      .strict(),
    /** The story points field was looked for (values cached before it was are read again). */
    storyPointsChecked: z.literal(true),
    at: z.number(),
  })
  .strict();

/**
 * The app's cost field ids and the site's story points field (`storyPointsFieldId`), cached for a day in app storage
 * (one `GET /field` on a cold start, none after).
 */
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
  const storyPoints = storyPointsFieldId(fields);
  if (storyPoints) ids.storyPoints = storyPoints;
  await kvs.set(CACHE_KEY, { ids, storyPointsChecked: true, at: now });
  return ids;
}

/** Every field id of `ids`: what a snapshot read asks Jira for besides `SNAPSHOT_SYSTEM_FIELDS`. */
export const costFieldList = (ids: CostFieldIds): string[] => Object.values(ids).filter((v): v is string => typeof v === 'string');
