import { z } from 'zod';
import { seededRandom } from './seeded-random';
import { must } from '../shared/must';
import { GlobalPool, GlobalPoolSchema } from './global-pool';

export const RATE_LIMIT_REASONS = [
  'jira-quota-global-based',
  'jira-quota-tenant-based',
  'jira-burst-based',
  'jira-per-issue-on-write',
] as const;

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/**
 * Which requests the HTTP faults (429, 503, lost answers, latency) apply to. `path` is either the route pattern as the spec
 * names it (`/rest/api/3/issue/{issueIdOrKey}/comment`) or a concrete path (`/rest/api/3/issue/MKT-12/comment`).
 */
export const FaultScopeSchema = z
  .object({
    method: z
      .string()
      .transform((m) => m.toUpperCase())
      .pipe(z.enum(HTTP_METHODS, { errorMap: () => ({ message: `must be one of ${HTTP_METHODS.join(', ')}` }) }))
      .optional(),
    path: z.string().startsWith('/', 'must start with / (a route pattern or a path)').optional(),
  })
  .strict()
  .refine((s) => s.method !== undefined || s.path !== undefined, 'must name a method, a path or both');

export type FaultScope = z.infer<typeof FaultScopeSchema>;

/** The request a fault is decided for; `pattern` is the route that will answer it (undefined for unknown paths). */
export interface FaultTarget {
  method: string;
  path: string;
  pattern?: string;
}

export const FaultConfigSchema = z
  .object({
    rate429: z.number().min(0).max(1).default(0),
    error5xx: z.number().min(0).max(1).default(0),
    /**
     * Share of requests Jira carries out but whose answer is lost: the emulator commits the write, then closes the
     * connection without answering, so the app's fetch throws as on a connection lost after sending. Only a
     * re-read can tell what happened (scope it with `only`, e.g. to `POST /rest/api/3/issue/bulk`).
     */
    dropResponse: z.number().min(0).max(1).default(0),
    latencyMs: z.number().int().min(0).max(20000).default(0),
    /** Share of found issues `POST /rest/api/3/issue/bulkfetch` reports in `issueErrors` (retriable) instead of `issues`. */
    issueErrors: z.number().min(0).max(1).default(0),
    /** Which `RateLimit-Reason` the 429s carry; omitted = rotate through all four. */
    reason: z.enum(RATE_LIMIT_REASONS).optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    /** Seed for the fault dice, so a test run is repeatable. */
    seed: z.number().int().default(1),
    /** Only requests matching this get HTTP faults (and roll the dice); the others pass untouched. */
    only: FaultScopeSchema.optional(),
    /** Inject at most this many 429/503/lost-answer faults, then stop (latency is not counted). */
    times: z.number().int().min(1).optional(),
    /**
     * The app's shared hourly points pool, drained by this site's Jira calls and by other tenants: every Jira answer
     * carries `X-RateLimit-*` from it, and an empty pool answers 429 `jira-quota-global-based` until its reset.
     */
    globalPool: GlobalPoolSchema.optional(),
  })
  .strict();

export type FaultConfig = z.infer<typeof FaultConfigSchema>;

/** What GET /local/faults shows: the configuration and how many 429/503/lost-answer faults it injected so far. */
export type FaultState = FaultConfig & { injected: number };

export function matchesScope(scope: FaultScope | undefined, target: FaultTarget): boolean {
  if (!scope) return true;
  if (scope.method !== undefined && scope.method !== target.method.toUpperCase()) return false;
  if (scope.path === undefined) return true;
  return scope.path.includes('{') ? scope.path === target.pattern : scope.path === target.path;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'rate429'; headers: Record<string, string>; body: unknown }
  | { kind: 'error5xx'; headers: Record<string, string>; body: unknown }
  /** Handle the request normally, then close the connection instead of answering. */
  | { kind: 'dropResponse' };

export class FaultInjector {
  private config: FaultConfig = FaultConfigSchema.parse({});
  private random = seededRandom(1);
  private rotation = 0;
  private injected = 0;
  private pool: GlobalPool | undefined;

  /** `now` is the pool's clock (tests pass their own). */
  constructor(private readonly now: () => number = Date.now) {}

  configure(input: unknown): FaultConfig {
    this.config = FaultConfigSchema.parse(input);
    this.random = seededRandom(this.config.seed);
    this.rotation = 0;
    this.injected = 0;
    this.pool = this.config.globalPool ? new GlobalPool(this.config.globalPool, this.now) : undefined;
    return this.config;
  }

  current(): FaultState & { pool?: { remaining: number; resetAt: string } } {
    const view = this.pool?.view();
    return {
      ...this.config,
      injected: this.injected,
      ...(view ? { pool: { remaining: view.remaining, resetAt: new Date(view.resetAt).toISOString() } } : {}),
    };
  }

  /** The global points pool, when one is simulated (Jira calls only). */
  globalPool(): GlobalPool | undefined {
    return this.pool;
  }

  /** The delay for this request; without a target (older callers), every request. */
  latencyMs(target?: FaultTarget): number {
    if (target && !matchesScope(this.config.only, target)) return 0;
    return this.config.latencyMs;
  }

  decide(target?: FaultTarget): FaultDecision {
    if (target && !matchesScope(this.config.only, target)) return { kind: 'none' };
    if (this.config.times !== undefined && this.injected >= this.config.times) return { kind: 'none' };
    const decision = this.roll();
    if (decision.kind !== 'none') this.injected += 1;
    return decision;
  }

  private roll(): FaultDecision {
    const { rate429, error5xx, dropResponse, retryAfterSeconds } = this.config;
    const roll = this.random();
    if (roll < rate429) {
      const reason =
        this.config.reason ?? must(RATE_LIMIT_REASONS[this.rotation++ % RATE_LIMIT_REASONS.length], 'a reason (index modulo length)');
      const reset = new Date(this.now() + retryAfterSeconds * 1000).toISOString();
      // Only a quota 429 says the hourly pool is spent; a burst or per-issue one is about that second or that issue.
      const quota = reason === 'jira-quota-global-based' || reason === 'jira-quota-tenant-based';
      return {
        kind: 'rate429',
        headers: {
          'Retry-After': String(retryAfterSeconds),
          'RateLimit-Reason': reason,
          ...(quota
            ? { 'X-RateLimit-Limit': '65000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset, 'X-RateLimit-NearLimit': 'true' }
            : {}),
        },
        body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
      };
    }
    if (roll < rate429 + error5xx) {
      return {
        kind: 'error5xx',
        headers: { 'Retry-After': String(retryAfterSeconds) },
        body: { errorMessages: ['Service Unavailable'], errors: {} },
      };
    }
    if (roll < rate429 + error5xx + dropResponse) return { kind: 'dropResponse' };
    return { kind: 'none' };
  }
}

/** `CC_FAULTS='{"rate429":0.1}' npm start` switches faults on from the environment. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): unknown {
  return env.CC_FAULTS ? JSON.parse(env.CC_FAULTS) : {};
}
