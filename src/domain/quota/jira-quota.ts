import { z } from 'zod';

/**
 * Jira's hourly points quota as the app sees it (platform-facts.md): every answer may carry `X-RateLimit-Remaining`,
 * `X-RateLimit-Limit`, `X-RateLimit-NearLimit` (true under 20 % left) and `X-RateLimit-Reset`; a quota 429 carries
 * `RateLimit-Reason` `jira-quota-global-based` or `jira-quota-tenant-based` and `Retry-After`. Quotas reset at the top
 * of each UTC hour. Pure: the adapter reads the headers and stores the state; use cases decide from it.
 */
export const QUOTA_REASONS = ['jira-quota-global-based', 'jira-quota-tenant-based'] as const;
/** Under this share of the limit left, Jira says NearLimit (and the app says so when only the numbers came). */
export const NEAR_LIMIT_SHARE = 0.2;

export const QuotaLevel = z.enum(['ok', 'near', 'paused']);
export type QuotaLevel = z.infer<typeof QuotaLevel>;

/** The installation's quota state, shared by its invocations (stored in app storage when it changes). */
export const QuotaState = z.object({
  level: QuotaLevel,
  /** When the app learnt this level. */
  since: z.string(),
  /** When Jira's quota resets (near, paused): the top of the hour, or what Jira said. */
  resumesAt: z.string().optional(),
  /** The 429's `RateLimit-Reason` (paused). */
  reason: z.string().optional(),
});
export type QuotaState = z.infer<typeof QuotaState>;

/** The rate-limit headers of one Jira answer, as read (case-insensitive names), before any parsing. */
export interface QuotaHeaders {
  remaining: string | null;
  limit: string | null;
  nearLimit: string | null;
  reset: string | null;
  retryAfter: string | null;
  reason: string | null;
}

/** What one answer says about the quota. */
export interface QuotaReading {
  status: number;
  remaining?: number;
  limit?: number;
  nearLimit?: boolean;
  /** `X-RateLimit-Reset`, when it is a date. */
  resetAt?: Date;
  retryAfterMs?: number;
  reason?: string;
}

const numberOf = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

const dateOf = (value: string | null): Date | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
};

/** `Retry-After` is seconds, or an HTTP date. */
function retryAfterMs(value: string | null, now: Date): number | undefined {
  const seconds = numberOf(value);
  if (seconds !== undefined) return seconds >= 0 ? seconds * 1000 : undefined;
  const at = dateOf(value);
  return at ? Math.max(0, at.getTime() - now.getTime()) : undefined;
}

export function readQuotaHeaders(status: number, headers: QuotaHeaders, now: Date): QuotaReading {
  const near = headers.nearLimit?.trim().toLowerCase();
  const reading: QuotaReading = { status };
  const remaining = numberOf(headers.remaining);
  const limit = numberOf(headers.limit);
  const resetAt = dateOf(headers.reset);
  const retry = retryAfterMs(headers.retryAfter, now);
  if (remaining !== undefined) reading.remaining = remaining;
  if (limit !== undefined && limit > 0) reading.limit = limit;
  if (near === 'true' || near === 'false') reading.nearLimit = near === 'true';
  if (resetAt) reading.resetAt = resetAt;
  if (retry !== undefined) reading.retryAfterMs = retry;
  if (headers.reason) reading.reason = headers.reason;
  return reading;
}

/** The next top of a UTC hour after `now` (Jira's quotas reset then). */
export function topOfNextHour(now: Date): Date {
  const next = new Date(now.getTime());
  next.setUTCMinutes(0, 0, 0);
  next.setUTCHours(next.getUTCHours() + 1);
  return next;
}

export const isQuotaRefusal = (r: QuotaReading): boolean =>
  r.status === 429 && (QUOTA_REASONS as readonly string[]).includes(r.reason ?? '');

/** Whether the answer says the quota is nearly spent: NearLimit, else the numbers (under 20 % left). */
function saysNear(r: QuotaReading): boolean | undefined {
  if (r.nearLimit !== undefined) return r.nearLimit;
  if (r.remaining !== undefined && r.limit !== undefined) return r.remaining < r.limit * NEAR_LIMIT_SHARE;
  return undefined;
}

/** The state as it stands at `now`: a near or paused state whose reset has passed is ok again. */
export function effectiveQuota(state: QuotaState, now: Date): QuotaState {
  if (state.level === 'ok') return state;
  if (state.resumesAt !== undefined && Date.parse(state.resumesAt) > now.getTime()) return state;
  return { level: 'ok', since: state.resumesAt ?? now.toISOString() };
}

export const OK_QUOTA: QuotaState = { level: 'ok', since: new Date(0).toISOString() };

/**
 * The state after one answer. A quota 429 pauses every call until Jira's reset (the later of `X-RateLimit-Reset` and
 * `Retry-After`, else the top of the hour); any other answer carrying the headers says near or ok; an answer without
 * them (Confluence, a burst 429 without numbers) changes nothing.
 */
export function nextQuotaState(previous: QuotaState, reading: QuotaReading, now: Date): QuotaState {
  const current = effectiveQuota(previous, now);
  const nowIso = now.toISOString();
  if (isQuotaRefusal(reading)) {
    const candidates = [reading.resetAt?.getTime(), reading.retryAfterMs !== undefined ? now.getTime() + reading.retryAfterMs : undefined];
    const known = candidates.filter((t): t is number => t !== undefined);
    const until = known.length > 0 ? Math.max(...known) : topOfNextHour(now).getTime();
    const resumesAt = new Date(Math.max(until, current.level === 'paused' ? Date.parse(current.resumesAt ?? nowIso) : 0)).toISOString();
    return { level: 'paused', since: current.level === 'paused' ? current.since : nowIso, resumesAt, reason: reading.reason };
  }
  const near = saysNear(reading);
  if (near === undefined) return current;
  // Any other answer means calls get through again, so a pause is over; a 429 of another reason keeps it.
  if (current.level === 'paused' && reading.status === 429) return current;
  if (!near) return current.level === 'ok' ? current : { level: 'ok', since: nowIso };
  const resumesAt = (reading.resetAt && reading.resetAt.getTime() > now.getTime() ? reading.resetAt : topOfNextHour(now)).toISOString();
  return current.level === 'near' && current.resumesAt === resumesAt ? current : { level: 'near', since: nowIso, resumesAt };
}

/** Whether `next` is worth writing over `stored`: another level or another reset (never for a mere count). */
export function quotaChanged(stored: QuotaState, next: QuotaState): boolean {
  return stored.level !== next.level || stored.resumesAt !== next.resumesAt;
}

/** True when the app should save Jira's points: serve cached data and defer work that can wait. */
export const quotaConstrained = (state: QuotaState, now: Date): boolean => effectiveQuota(state, now).level !== 'ok';
