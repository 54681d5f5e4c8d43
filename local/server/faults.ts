import { z } from 'zod';
import { mulberry32 } from '../../src/domain/metrics/random';

export const RATE_LIMIT_REASONS = [
  'jira-quota-global-based',
  'jira-quota-tenant-based',
  'jira-burst-based',
  'jira-per-issue-on-write',
] as const;

export const FaultConfigSchema = z
  .object({
    rate429: z.number().min(0).max(1).default(0),
    error5xx: z.number().min(0).max(1).default(0),
    latencyMs: z.number().int().min(0).max(20000).default(0),
    /** Share of found issues `POST /rest/api/3/issue/bulkfetch` reports in `issueErrors` (retriable) instead of `issues`. */
    issueErrors: z.number().min(0).max(1).default(0),
    /** Which `RateLimit-Reason` the 429s carry; omitted = rotate through all four. */
    reason: z.enum(RATE_LIMIT_REASONS).optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    /** Seed for the fault dice, so a test run is repeatable. */
    seed: z.number().int().default(1),
  })
  .strict();

export type FaultConfig = z.infer<typeof FaultConfigSchema>;

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'rate429'; headers: Record<string, string>; body: unknown }
  | { kind: 'error5xx'; headers: Record<string, string>; body: unknown };


export class FaultInjector {
  private config: FaultConfig = FaultConfigSchema.parse({});
  private random = mulberry32(1);
  private rotation = 0;

  configure(input: unknown): FaultConfig {
    this.config = FaultConfigSchema.parse(input);
    this.random = mulberry32(this.config.seed);
    this.rotation = 0;
    return this.config;
  }

  current(): FaultConfig {
    return { ...this.config };
  }

  latencyMs(): number {
    return this.config.latencyMs;
  }

  decide(): FaultDecision {
    const { rate429, error5xx, retryAfterSeconds } = this.config;
    const roll = this.random();
    if (roll < rate429) {
      const reason = this.config.reason ?? RATE_LIMIT_REASONS[this.rotation++ % RATE_LIMIT_REASONS.length];
      const reset = new Date(Date.now() + retryAfterSeconds * 1000).toISOString();
      return {
        kind: 'rate429',
        headers: {
          'Retry-After': String(retryAfterSeconds),
          'RateLimit-Reason': reason,
          'X-RateLimit-Limit': '65000',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': reset,
          'X-RateLimit-NearLimit': 'true',
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
    return { kind: 'none' };
  }
}

/** `CC_FAULTS='{"rate429":0.1}' npm start` switches faults on from the environment. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): unknown {
  return env.CC_FAULTS ? JSON.parse(env.CC_FAULTS) : {};
}
