import { getAppContext } from '@forge/api';
import { AppError } from '../../shared/result';

/**
 * Atlassian's rate-limit guidance (platform-facts.md): retry only idempotent calls, only when the answer
 * carries `Retry-After` (429, some 503); exponential backoff from 2 s with jitter ×0.7–1.3, capped at 30 s,
 * at most 4 retries; on a quota reason pause every call of this invocation until the reset.
 */
export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 30_000;
export const MAX_RETRIES = 4;
export const QUOTA_REASONS = ['jira-quota-global-based', 'jira-quota-tenant-based'] as const;
/** Time kept back at the end of an invocation to save progress before stopping. */
export const SAFETY_MARGIN_MS = 3_000;

export interface RetryClock {
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
  now(): number;
  /** Milliseconds this invocation may still run. */
  remainingMs(): number;
}

/** Milliseconds the current Forge invocation may still run. */
export function forgeRemainingMs(): number {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return Number.POSITIVE_INFINITY; // outside a Forge invocation (scripts): no platform deadline
  }
}

const REAL_CLOCK: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
  remainingMs: forgeRemainingMs,
};
/** Backoff before retry number `attempt` (0-based): 2 s, 4 s, 8 s, 16 s … × jitter 0.7–1.3, never above 30 s. */
export function backoffMs(attempt: number, random: number): number {
  const jitter = 0.7 + 0.6 * Math.min(Math.max(random, 0), 1);
  return Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt * jitter);
}

/** What a Jira answer says about retrying; header names are case-insensitive. */
export interface RateSignal {
  status: number;
  retryAfter: string | null;
  reason: string | null;
  /** `X-RateLimit-Reset`, an ISO timestamp. */
  reset: string | null;
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const outOfTime = (): AppError => new AppError('TRY_AGAIN', { key: 'errors.jiraSlowOutOfTime' });
const tooLate = (): AppError => new AppError('TRY_AGAIN', { key: 'errors.jiraThrottledOutOfTime' });

/** One per invocation: shares the quota pause between all calls of that invocation. */
export class RetryGate {
  private readonly clock: RetryClock;
  private pausedUntil = 0;
  /** Refusals of non-idempotent calls in a row: their re-read-then-resend follows the same backoff. */
  private unsafeFailures = 0;

  constructor(clock: Partial<RetryClock> = {}) {
    this.clock = { ...REAL_CLOCK, ...clock };
  }

  /**
   * Before any call: stops with TRY_AGAIN when too little of the invocation is left to finish a call and save
   * (a slow Jira must end in a clear "try again", not the platform's timeout), then waits out a pause.
   */
  async beforeCall(): Promise<void> {
    if (this.clock.remainingMs() < SAFETY_MARGIN_MS) throw outOfTime();
    const wait = this.pausedUntil - this.clock.now();
    if (wait <= 0) return;
    await this.sleepWithin(wait);
  }

  recordSuccess(): void {
    this.unsafeFailures = 0;
  }

  /** Decides on a 429/503: retry after a delay, or give up (no `Retry-After`, not idempotent, or 4 retries done). */
  afterRefusal(signal: RateSignal, call: { idempotent: boolean; attempt: number }): RetryDecision {
    if (signal.status !== 429 && signal.status !== 503) return { retry: false };
    const now = this.clock.now();
    const asked = retryAfterMs(signal.retryAfter, now);
    if (asked === undefined) return { retry: false };
    const attempt = call.idempotent ? call.attempt : this.unsafeFailures;
    const delayMs = Math.max(asked, backoffMs(attempt, this.clock.random()));
    if ((QUOTA_REASONS as readonly string[]).includes(signal.reason ?? '')) {
      const reset = signal.reset ? Date.parse(signal.reset) : Number.NaN;
      const until = Math.max(now + delayMs, Number.isNaN(reset) ? 0 : reset);
      this.pausedUntil = Math.max(this.pausedUntil, until);
    }
    if (!call.idempotent) {
      // The caller re-reads what exists before sending again; make that next call wait like a retry would.
      this.holdAfterUnsafeFailure(delayMs);
      return { retry: false };
    }
    if (call.attempt >= MAX_RETRIES) return { retry: false };
    if (Math.max(delayMs, this.pausedUntil - now) > this.clock.remainingMs() - SAFETY_MARGIN_MS) throw tooLate();
    return { retry: true, delayMs: Math.max(delayMs, this.pausedUntil - now) };
  }

  /**
   * A non-idempotent call got no answer (connection lost after sending): Jira may have done the write, and the
   * caller re-reads to find out. Jira's search is eventually consistent (a write shows within seconds), so the
   * re-read waits the same backoff as after a refused write instead of looking straight away.
   */
  afterLostAnswer(): void {
    this.holdAfterUnsafeFailure(backoffMs(this.unsafeFailures, this.clock.random()));
  }

  async wait(ms: number): Promise<void> {
    await this.sleepWithin(ms);
  }

  private holdAfterUnsafeFailure(delayMs: number): void {
    this.unsafeFailures++;
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + delayMs);
  }

  private async sleepWithin(ms: number): Promise<void> {
    if (ms > this.clock.remainingMs() - SAFETY_MARGIN_MS) throw tooLate();
    await this.clock.sleep(ms);
  }
}

export function rateSignalOf(status: number, headers: { get(name: string): string | null }): RateSignal {
  return {
    status,
    retryAfter: headers.get('retry-after'),
    reason: headers.get('ratelimit-reason'),
    reset: headers.get('x-ratelimit-reset'),
  };
}
