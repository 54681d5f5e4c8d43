import { backoffMs, MAX_RETRIES, RetryGate, SAFETY_MARGIN_MS, type RateSignal } from '../../../src/adapters/http/retry';
import { AppError } from '../../../src/shared/result';

/** A clock that never waits: sleeping moves time forward, and records how long it slept. */
function fakeClock(opts: { random?: number; remainingMs?: number } = {}) {
  let now = 1_000_000;
  const slept: number[] = [];
  const start = now;
  return {
    slept,
    clock: {
      now: () => now,
      random: () => opts.random ?? 0.5,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
      remainingMs: () => (opts.remainingMs ?? 25_000) - (now - start),
    },
  };
}

const signal = (status: number, retryAfter: string | null, reason: string | null = null, reset: string | null = null): RateSignal => ({
  status,
  retryAfter,
  reason,
  reset,
});

describe('backoffMs', () => {
  it('doubles from 2 s with jitter ×0.7–1.3 and never exceeds 30 s', () => {
    expect(backoffMs(0, 0)).toBeCloseTo(1400);
    expect(backoffMs(0, 1)).toBeCloseTo(2600);
    expect(backoffMs(1, 0.5)).toBeCloseTo(4000);
    expect(backoffMs(3, 0.5)).toBeCloseTo(16000);
    expect(backoffMs(4, 1)).toBe(30000);
    for (let attempt = 0; attempt < 8; attempt++) {
      for (const r of [0, 0.25, 0.5, 0.75, 0.999]) {
        const base = Math.min(30000, 2000 * 2 ** attempt);
        const ms = backoffMs(attempt, r);
        expect(ms).toBeGreaterThanOrEqual(Math.min(base * 0.7, 30000) - 1e-9);
        expect(ms).toBeLessThanOrEqual(Math.min(base * 1.3, 30000) + 1e-9);
      }
    }
  });
});

describe('RetryGate', () => {
  it('retries an idempotent 429 that carries Retry-After, waiting at least what it asks', () => {
    const { clock } = fakeClock({ random: 0 });
    const gate = new RetryGate(clock);
    expect(gate.afterRefusal(signal(429, '5'), { idempotent: true, attempt: 0 })).toEqual({ retry: true, delayMs: 5000 });
    expect(gate.afterRefusal(signal(429, '0'), { idempotent: true, attempt: 1 })).toEqual({ retry: true, delayMs: backoffMs(1, 0) });
    expect(gate.afterRefusal(signal(503, '1'), { idempotent: true, attempt: 0 })).toEqual({ retry: true, delayMs: 1400 });
  });
  it('does not retry without Retry-After, nor other statuses', () => {
    const gate = new RetryGate(fakeClock().clock);
    expect(gate.afterRefusal(signal(429, null), { idempotent: true, attempt: 0 })).toEqual({ retry: false });
    expect(gate.afterRefusal(signal(503, null), { idempotent: true, attempt: 0 })).toEqual({ retry: false });
    expect(gate.afterRefusal(signal(500, '1'), { idempotent: true, attempt: 0 })).toEqual({ retry: false });
    expect(gate.afterRefusal(signal(400, '1'), { idempotent: true, attempt: 0 })).toEqual({ retry: false });
  });
  it('stops after 4 retries', () => {
    const gate = new RetryGate(fakeClock({ remainingMs: 10 * 60_000 }).clock);
    const answers = Array.from({ length: 6 }, (_, attempt) => gate.afterRefusal(signal(429, '0'), { idempotent: true, attempt }).retry);
    expect(answers).toEqual([true, true, true, true, false, false]);
    expect(MAX_RETRIES).toBe(4);
  });
  it('never blindly resends a non-idempotent call, but makes the next call wait', async () => {
    const { clock, slept } = fakeClock({ random: 0.5 });
    const gate = new RetryGate(clock);
    expect(gate.afterRefusal(signal(429, '0'), { idempotent: false, attempt: 0 })).toEqual({ retry: false });
    await gate.beforeCall();
    expect(slept).toEqual([2000]);
    // Consecutive refusals of writes back off further; a success resets that.
    gate.afterRefusal(signal(429, '0'), { idempotent: false, attempt: 0 });
    await gate.beforeCall();
    expect(slept[1]).toBe(4000);
    gate.recordSuccess();
    gate.afterRefusal(signal(429, '0'), { idempotent: false, attempt: 0 });
    await gate.beforeCall();
    expect(slept[2]).toBe(2000);
  });
  it('after a write lost its answer, the re-read waits a backoff (search shows new issues only after a while)', async () => {
    const { clock, slept } = fakeClock({ random: 0.5 });
    const gate = new RetryGate(clock);
    gate.afterLostAnswer();
    await gate.beforeCall();
    expect(slept).toEqual([2000]);
    // Counted with refused writes: the next one backs off further, until a call succeeds.
    gate.afterLostAnswer();
    await gate.beforeCall();
    expect(slept[1]).toBe(4000);
    gate.recordSuccess();
    gate.afterRefusal(signal(429, '0'), { idempotent: false, attempt: 0 });
    await gate.beforeCall();
    expect(slept[2]).toBe(2000);
  });
  it('pauses every later call until the reset on a quota reason', async () => {
    const { clock, slept } = fakeClock({ random: 0.5, remainingMs: 60_000 });
    const gate = new RetryGate(clock);
    const reset = new Date(clock.now() + 12_000).toISOString();
    const decision = gate.afterRefusal(signal(429, '1', 'jira-quota-tenant-based', reset), { idempotent: true, attempt: 0 });
    expect(decision).toEqual({ retry: true, delayMs: 12_000 });
    // Another call of the same invocation, before the retry happened, waits for the reset too.
    await gate.beforeCall();
    expect(slept).toEqual([12_000]);
    await gate.beforeCall();
    expect(slept).toHaveLength(1);
  });
  it('does not pause other calls for a burst limit', async () => {
    const { clock, slept } = fakeClock();
    const gate = new RetryGate(clock);
    gate.afterRefusal(signal(429, '1', 'jira-burst-based', new Date(clock.now() + 12_000).toISOString()), { idempotent: true, attempt: 0 });
    await gate.beforeCall();
    expect(slept).toEqual([]);
  });
  it('stops with TRY_AGAIN instead of sleeping past the invocation', async () => {
    const { clock, slept } = fakeClock({ remainingMs: 5_000 });
    const gate = new RetryGate(clock);
    let error: unknown;
    try {
      gate.afterRefusal(signal(429, '10'), { idempotent: true, attempt: 0 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TRY_AGAIN');
    // A quota pause longer than the time left also stops the next call.
    const quota = new RetryGate(fakeClock({ remainingMs: 8_000 }).clock);
    expect(() =>
      quota.afterRefusal(signal(429, '0', 'jira-quota-global-based', new Date(Date.now() + 3_600_000).toISOString()), {
        idempotent: false,
        attempt: 0,
      }),
    ).not.toThrow();
    await expect(quota.beforeCall()).rejects.toMatchObject({ code: 'TRY_AGAIN' });
    expect(slept).toEqual([]);
    expect(SAFETY_MARGIN_MS).toBeGreaterThan(0);
  });
  it('starts no call when less than the safety margin of the invocation is left', async () => {
    const plenty = new RetryGate(fakeClock({ remainingMs: SAFETY_MARGIN_MS + 1 }).clock);
    await expect(plenty.beforeCall()).resolves.toBeUndefined();
    const late = new RetryGate(fakeClock({ remainingMs: SAFETY_MARGIN_MS - 1 }).clock);
    await expect(late.beforeCall()).rejects.toMatchObject({ code: 'TRY_AGAIN', message: expect.stringMatching(/out of time; try again/) });
  });
});
