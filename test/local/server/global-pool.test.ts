import { FaultInjector } from '../../../local/server/faults';

/** The simulated shared points pool on a clock the test moves (14:05 UTC on 2 December). */
function poolAt(config: object) {
  const clock = { t: Date.parse('2026-12-02T14:05:00Z') };
  const faults = new FaultInjector(() => clock.t);
  faults.configure({ globalPool: config });
  const pool = faults.globalPool();
  if (!pool) throw new Error('the pool was not configured');
  return { clock, pool, faults };
}

describe('the shared global points pool of the local host', () => {
  it("falls with the app's own points and the other tenants' points per minute", () => {
    const { clock, pool } = poolAt({ limit: 65_000, otherTenantsPointsPerMinute: 700, remaining: 20_000 });
    expect(pool.headers()).toEqual({
      'X-RateLimit-Limit': '65000',
      'X-RateLimit-Remaining': '20000',
      'X-RateLimit-Reset': '2026-12-02T15:00:00.000Z',
      'X-RateLimit-NearLimit': 'false',
    });
    pool.spend(101);
    clock.t += 10 * 60_000; // ten minutes of the other tenants: 7,000 points
    expect(pool.view().remaining).toBe(20_000 - 101 - 7_000);
    expect(pool.headers()['X-RateLimit-NearLimit']).toBe('true'); // 12,899 < 20 % of 65,000
  });

  it('answers 429 jira-quota-global-based with Retry-After to the top of the hour once empty, then refills at the reset', () => {
    const { clock, pool } = poolAt({ limit: 65_000, otherTenantsPointsPerMinute: 1_000, remaining: 5_000 });
    expect(pool.refusal()).toBeUndefined();
    clock.t += 5 * 60_000; // 14:10: 5,000 points spent by the others
    const refusal = pool.refusal();
    expect(refusal?.headers).toMatchObject({
      'RateLimit-Reason': 'jira-quota-global-based',
      'Retry-After': String(50 * 60),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-NearLimit': 'true',
      'X-RateLimit-Reset': '2026-12-02T15:00:00.000Z',
    });
    clock.t = Date.parse('2026-12-02T15:00:00Z');
    expect(pool.refusal()).toBeUndefined();
    expect(pool.view()).toEqual({ limit: 65_000, remaining: 65_000, resetAt: Date.parse('2026-12-02T16:00:00Z') });
    clock.t += 60_000;
    expect(pool.view().remaining).toBe(64_000);
  });

  it('a shorter window resets at its own multiples, and GET /local/faults shows what is left', () => {
    const { clock, faults } = poolAt({ limit: 1_000, windowSeconds: 20, remaining: 10 });
    expect(faults.current().pool).toEqual({ remaining: 10, resetAt: '2026-12-02T14:05:20.000Z' });
    clock.t += 20_000;
    expect(faults.current().pool).toEqual({ remaining: 1_000, resetAt: '2026-12-02T14:05:40.000Z' });
  });

  it('refuses a malformed pool naming the field', () => {
    expect(() => new FaultInjector().configure({ globalPool: { limit: 0 } })).toThrow(/limit/);
    expect(() => new FaultInjector().configure({ globalPool: { remainig: 3 } })).toThrow(/remainig/);
  });
});

describe('a first reset sooner than the window', () => {
  it('resets resetInSeconds after it is configured, then every window', () => {
    const { clock, pool } = poolAt({ limit: 100, remaining: 0, resetInSeconds: 8 });
    expect(pool.refusal()?.headers['Retry-After']).toBe('8');
    clock.t += 8_000;
    expect(pool.view()).toEqual({ limit: 100, remaining: 100, resetAt: Date.parse('2026-12-02T14:05:08Z') + 3_600_000 });
  });
});
