import {
  effectiveQuota,
  nextQuotaState,
  OK_QUOTA,
  quotaChanged,
  quotaConstrained,
  readQuotaHeaders,
  topOfNextHour,
  type QuotaHeaders,
  type QuotaState,
} from '../../../src/domain/quota/jira-quota';
import { QuotaTracker, type QuotaStore } from '../../../src/adapters/http/jira-quota';

const NOW = new Date('2026-12-02T14:05:00Z');
const NONE: QuotaHeaders = { remaining: null, limit: null, nearLimit: null, reset: null, retryAfter: null, reason: null };
const read = (status: number, h: Partial<QuotaHeaders>, now = NOW) => readQuotaHeaders(status, { ...NONE, ...h }, now);

describe("reading Jira's rate-limit headers", () => {
  it('reads numbers, NearLimit, the reset and Retry-After in seconds or as a date', () => {
    expect(read(200, { remaining: '12000', limit: '65000', nearLimit: 'TRUE', reset: '2026-12-02T15:00:00Z', retryAfter: '30' })).toEqual({
      status: 200,
      remaining: 12000,
      limit: 65000,
      nearLimit: true,
      resetAt: new Date('2026-12-02T15:00:00Z'),
      retryAfterMs: 30_000,
    });
    expect(read(429, { retryAfter: 'Wed, 02 Dec 2026 14:06:00 GMT' }).retryAfterMs).toBe(60_000);
  });

  it('leaves out what is missing or malformed', () => {
    expect(read(200, { remaining: 'lots', limit: '0', nearLimit: 'maybe', reset: 'soon', retryAfter: '-3' })).toEqual({ status: 200 });
  });

  it('finds the next top of a UTC hour', () => {
    expect(topOfNextHour(NOW).toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(topOfNextHour(new Date('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('the quota state', () => {
  it('goes near on NearLimit (or under 20 % left) until the reset, and ok again on an answer that is not near', () => {
    const near = nextQuotaState(OK_QUOTA, read(200, { nearLimit: 'true', reset: '2026-12-02T15:00:00Z' }), NOW);
    expect(near).toEqual({ level: 'near', since: NOW.toISOString(), resumesAt: '2026-12-02T15:00:00.000Z' });
    const byNumbers = nextQuotaState(OK_QUOTA, read(200, { remaining: '12999', limit: '65000' }), NOW);
    expect(byNumbers.level).toBe('near');
    expect(byNumbers.resumesAt).toBe('2026-12-02T15:00:00.000Z'); // no reset header: the top of the hour
    expect(nextQuotaState(OK_QUOTA, read(200, { remaining: '13000', limit: '65000' }), NOW).level).toBe('ok');
    expect(nextQuotaState(near, read(200, { nearLimit: 'false' }), NOW).level).toBe('ok');
  });

  it('pauses on a global or tenant quota 429 until the later of the reset and Retry-After', () => {
    const global = nextQuotaState(
      OK_QUOTA,
      read(429, { reason: 'jira-quota-global-based', retryAfter: '3300', reset: '2026-12-02T15:00:00Z' }),
      NOW,
    );
    expect(global).toEqual({
      level: 'paused',
      since: NOW.toISOString(),
      resumesAt: '2026-12-02T15:00:00.000Z',
      reason: 'jira-quota-global-based',
    });
    const tenant = nextQuotaState(OK_QUOTA, read(429, { reason: 'jira-quota-tenant-based', retryAfter: '4000' }), NOW);
    expect(tenant.resumesAt).toBe(new Date(NOW.getTime() + 4_000_000).toISOString());
    // Neither header: the top of the hour.
    expect(nextQuotaState(OK_QUOTA, read(429, { reason: 'jira-quota-global-based' }), NOW).resumesAt).toBe('2026-12-02T15:00:00.000Z');
  });

  it('does not pause on a burst or per-issue 429, and such a 429 does not end a pause', () => {
    expect(nextQuotaState(OK_QUOTA, read(429, { reason: 'jira-burst-based', retryAfter: '2' }), NOW)).toBe(OK_QUOTA);
    const paused: QuotaState = { level: 'paused', since: NOW.toISOString(), resumesAt: '2026-12-02T15:00:00.000Z' };
    expect(nextQuotaState(paused, read(429, { reason: 'jira-per-issue-on-write', nearLimit: 'false' }), NOW)).toBe(paused);
    // A call that got through means the pause is over.
    expect(nextQuotaState(paused, read(200, { nearLimit: 'false' }), NOW).level).toBe('ok');
  });

  it('is ok again once the reset has passed, without a write', () => {
    const near: QuotaState = { level: 'near', since: NOW.toISOString(), resumesAt: '2026-12-02T15:00:00.000Z' };
    expect(quotaConstrained(near, NOW)).toBe(true);
    const after = new Date('2026-12-02T15:00:00Z');
    expect(effectiveQuota(near, after).level).toBe('ok');
    expect(quotaConstrained(near, after)).toBe(false);
    expect(quotaChanged(effectiveQuota(near, after), nextQuotaState(near, read(200, { nearLimit: 'false' }), after))).toBe(false);
  });

  it('an answer without the headers changes nothing', () => {
    const near: QuotaState = { level: 'near', since: NOW.toISOString(), resumesAt: '2026-12-02T15:00:00.000Z' };
    expect(nextQuotaState(near, read(200, {}), NOW)).toBe(near);
    expect(nextQuotaState(near, read(200, { nearLimit: 'true', reset: '2026-12-02T15:00:00Z' }), NOW)).toBe(near);
  });
});

describe("one invocation's quota tracker", () => {
  const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });
  function setup(initial?: QuotaState) {
    const store = { value: initial, reads: 0, writes: 0 };
    const kv: QuotaStore = {
      get: () => {
        store.reads += 1;
        return Promise.resolve(store.value);
      },
      set: (s) => {
        store.writes += 1;
        store.value = s;
        return Promise.resolve();
      },
    };
    const clock = { at: NOW.getTime(), slept: [] as number[] };
    const tracker = new QuotaTracker(kv, {
      now: () => new Date(clock.at),
      remainingMs: () => 25_000,
      sleep: (ms) => {
        clock.slept.push(ms);
        clock.at += ms;
        return Promise.resolve();
      },
    });
    return { store, clock, tracker };
  }

  it('reads storage once and writes only when the level or the reset changes', async () => {
    const { store, tracker } = setup();
    for (const remaining of ['60000', '50000', '40000'])
      await tracker.observe(200, headers({ 'x-ratelimit-remaining': remaining, 'x-ratelimit-nearlimit': 'false' }));
    expect(store).toMatchObject({ reads: 1, writes: 0 });
    for (const remaining of ['9000', '8000'])
      await tracker.observe(200, headers({ 'x-ratelimit-remaining': remaining, 'x-ratelimit-nearlimit': 'true' }));
    expect(store.writes).toBe(1);
    expect(store.value?.level).toBe('near');
    await tracker.beforeCall(); // near: calls still go
    expect(store.reads).toBe(1);
  });

  it('refuses every call during a long pause, naming the reset, and waits out a short one', async () => {
    const { tracker, clock } = setup({ level: 'paused', since: NOW.toISOString(), resumesAt: '2026-12-02T15:00:00.000Z' });
    await expect(tracker.beforeCall()).rejects.toMatchObject({
      code: 'TRY_AGAIN',
      wording: { key: 'errors.jiraQuotaPaused', params: { resumesAt: '2026-12-02T15:00:00.000Z' } },
    });
    const short = setup({ level: 'paused', since: NOW.toISOString(), resumesAt: new Date(NOW.getTime() + 1500).toISOString() });
    await short.tracker.beforeCall();
    expect(short.clock.slept).toEqual([1500]);
    expect(clock.slept).toEqual([]);
  });

  it('a quota 429 observed pauses this invocation and is stored for the others', async () => {
    const { tracker, store } = setup();
    await tracker.observe(
      429,
      headers({ 'ratelimit-reason': 'jira-quota-global-based', 'retry-after': '3300', 'x-ratelimit-reset': '2026-12-02T15:00:00Z' }),
    );
    expect(store.value).toMatchObject({ level: 'paused', resumesAt: '2026-12-02T15:00:00.000Z' });
    await expect(tracker.refuseLongPause()).rejects.toMatchObject({ code: 'TRY_AGAIN' });
  });
});
