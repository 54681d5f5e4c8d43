import { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { AppFieldIds } from '../../domain/creation/issue-payloads';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

/** The manifest's `jira:customField` module keys the creation writes to, by role. */
export const APP_FIELD_MODULES = {
  plannedCost: 'planned-cost',
  campaignBudget: 'campaign-budget',
  campaignKpis: 'campaign-kpis',
} as const satisfies Record<keyof AppFieldIds, string>;

const JiraField = z
  .object({ id: z.string(), key: z.string().optional(), schema: z.object({ custom: z.string().optional() }).passthrough().optional() })
  .passthrough();
const FieldList = z.array(JiraField);
type JiraField = z.infer<typeof JiraField>;

const CACHE_KEY = 'app-fields';
const CACHE_MS = 24 * 60 * 60 * 1000;
const Cached = z.object({ ids: z.record(z.string()), at: z.number() }).strict();

/**
 * A Forge custom field shows its module as `schema.custom` = `ari:cloud:ecosystem::extension/<app>/<env>/static/<module>`,
 * and (depending on the site) a `key` ending in `__<module>`; match either, never the display name (people rename).
 */
export function fieldIdForModule(fields: readonly JiraField[], moduleKey: string): string | undefined {
  const match = fields.find(
    (f) =>
      f.schema?.custom?.endsWith(`/static/${moduleKey}`) || f.key?.endsWith(`__${moduleKey}`) || f.key?.endsWith(`/static/${moduleKey}`),
  );
  return match?.id;
}

export function appFieldIds(fields: readonly JiraField[]): AppFieldIds {
  const out: AppFieldIds = {};
  for (const [role, moduleKey] of Object.entries(APP_FIELD_MODULES) as [keyof AppFieldIds, string][]) {
    const id = fieldIdForModule(fields, moduleKey);
    if (id) out[role] = id;
  }
  return out;
}

/** The app's field ids, cached in app storage; re-read when any is missing (the field may have been installed since). */
export async function findAppFieldIds(retry: RetryGate, now: number = Date.now()): Promise<AppFieldIds> {
  const cached = Cached.safeParse(await kvs.get<unknown>(CACHE_KEY));
  const complete = (ids: AppFieldIds): boolean => Object.keys(APP_FIELD_MODULES).every((k) => ids[k as keyof AppFieldIds]);
  if (cached.success && now - cached.data.at < CACHE_MS && complete(cached.data.ids)) return cached.data.ids;
  const fields = await requestJira(route`/rest/api/3/field`, { as: 'app', schema: FieldList, retry });
  const ids = appFieldIds(fields);
  await kvs.set(CACHE_KEY, { ids, at: now });
  return ids;
}

/** Field modules not found on the site, for a job error naming them. */
export function missingAppFields(ids: AppFieldIds): string[] {
  return (Object.entries(APP_FIELD_MODULES) as [keyof AppFieldIds, string][])
    .filter(([role]) => !ids[role])
    .map(([, moduleKey]) => moduleKey);
}

export async function appFieldIdsWithMissing(retry: RetryGate): Promise<{ ids: AppFieldIds; missing: string[] }> {
  const ids = await findAppFieldIds(retry);
  return { ids, missing: missingAppFields(ids) };
}
