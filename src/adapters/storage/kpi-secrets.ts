import { randomBytes } from 'node:crypto';
import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';

/**
 * Each campaign's webtrigger signing secret, in the KVS secret store (`kpi-secret:<EPIC>`): encrypted at rest,
 * never listed by queries, read back only by the webtrigger and the PM's connector view.
 */
const KEY = (epicKey: string): string => `kpi-secret:${epicKey}`;

export const StoredKpiSecret = z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.string() }).strict();
export type StoredKpiSecret = z.infer<typeof StoredKpiSecret>;

const fresh = (now: Date): StoredKpiSecret => ({ secret: randomBytes(32).toString('hex'), createdAt: now.toISOString() });

export async function getKpiSecret(epicKey: string): Promise<StoredKpiSecret | undefined> {
  const value = await kvs.getSecret<unknown>(KEY(epicKey));
  if (value === undefined) return undefined;
  const parsed = StoredKpiSecret.safeParse(value);
  if (!parsed.success) {
    console.error(`[campaign-control] unreadable KPI secret for ${epicKey}`);
    return undefined;
  }
  return parsed.data;
}

/** The campaign's secret, made on first need; two first calls at once agree on one secret. */
export async function ensureKpiSecret(epicKey: string, now: Date): Promise<StoredKpiSecret> {
  const existing = await getKpiSecret(epicKey);
  if (existing) return existing;
  const created = fresh(now);
  try {
    await kvs.setSecret(KEY(epicKey), created, { keyPolicy: 'FAIL_IF_EXISTS' });
    return created;
  } catch (e) {
    if (!(e instanceof ForgeKvsAPIError && e.code === 'KEY_ALREADY_EXISTS')) throw e;
    const winner = await getKpiSecret(epicKey);
    if (!winner) throw e;
    return winner;
  }
}

/** A new secret; the old one stops verifying at once. */
export async function rotateKpiSecret(epicKey: string, now: Date): Promise<StoredKpiSecret> {
  const next = fresh(now);
  await kvs.setSecret(KEY(epicKey), next);
  return next;
}
