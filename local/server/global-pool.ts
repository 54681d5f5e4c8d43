import { z } from 'zod';

/**
 * Jira's Tier 1 points quota: ONE pool per app per hour, shared by every tenant (platform-facts.md), drained by the
 * app's own calls on this site and by its other tenants. `windowSeconds` shortens the hour so a test can see a reset;
 * windows start at multiples of it since the epoch, so the default 3600 resets at the top of each UTC hour.
 */
export const GlobalPoolSchema = z
  .object({
    limit: z.number().int().min(1).max(10_000_000).default(65_000),
    /** Points the app's other tenants spend per minute, falling on the same pool. */
    otherTenantsPointsPerMinute: z.number().min(0).max(10_000_000).default(0),
    /** Points left now, in the current window (default: the limit minus what other tenants spent since it began). */
    remaining: z.number().int().min(0).optional(),
    windowSeconds: z.number().int().min(1).max(3600).default(3600),
    /** The first reset this many seconds after the pool is configured (then every window), for tests of a reset. */
    resetInSeconds: z.number().int().min(1).max(3600).optional(),
  })
  .strict();
export type GlobalPoolConfig = z.infer<typeof GlobalPoolSchema>;

/** Jira says NearLimit under this share of the limit left. */
export const NEAR_LIMIT_SHARE = 0.2;

export interface PoolView {
  limit: number;
  remaining: number;
  resetAt: number;
}

export class GlobalPool {
  private windowEnd: number;
  /** Points spent in the current window by this site, plus the head start `remaining` gave. */
  private spent: number;
  /** From when other tenants' spending is counted in the current window. */
  private othersFrom: number;

  constructor(
    private readonly config: GlobalPoolConfig,
    private readonly now: () => number,
  ) {
    const t = now();
    const ms = config.windowSeconds * 1000;
    this.windowEnd = config.resetInSeconds !== undefined ? t + config.resetInSeconds * 1000 : Math.floor(t / ms) * ms + ms;
    this.othersFrom = config.remaining === undefined ? Math.max(t - ms, this.windowEnd - ms) : t;
    this.spent = config.remaining === undefined ? 0 : Math.max(0, config.limit - config.remaining);
  }

  private roll(t: number): void {
    const ms = this.config.windowSeconds * 1000;
    if (t < this.windowEnd) return;
    this.windowEnd += Math.floor((t - this.windowEnd) / ms) * ms + ms;
    this.othersFrom = this.windowEnd - ms;
    this.spent = 0;
  }

  view(): PoolView {
    const t = this.now();
    this.roll(t);
    const others = (this.config.otherTenantsPointsPerMinute * Math.max(0, t - this.othersFrom)) / 60_000;
    const remaining = Math.max(0, Math.floor(this.config.limit - this.spent - others));
    return { limit: this.config.limit, remaining, resetAt: this.windowEnd };
  }

  spend(points: number): void {
    this.roll(this.now());
    this.spent += points;
  }

  /** The headers Jira puts on every answer. */
  headers(view: PoolView = this.view()): Record<string, string> {
    return {
      'X-RateLimit-Limit': String(view.limit),
      'X-RateLimit-Remaining': String(view.remaining),
      'X-RateLimit-Reset': new Date(view.resetAt).toISOString(),
      'X-RateLimit-NearLimit': String(view.remaining < view.limit * NEAR_LIMIT_SHARE),
    };
  }

  /** The 429 of an exhausted pool: `Retry-After` to the reset, `RateLimit-Reason: jira-quota-global-based`; else none. */
  refusal(): { headers: Record<string, string>; body: unknown } | undefined {
    const view = this.view();
    if (view.remaining > 0) return undefined;
    return {
      headers: {
        ...this.headers(view),
        'Retry-After': String(Math.max(1, Math.ceil((view.resetAt - this.now()) / 1000))),
        'RateLimit-Reason': 'jira-quota-global-based',
      },
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    };
  }
}
