import { deferWhenQuotaShort, drainDeferredWork } from '../../../src/usecases/deferred/defer-work';
import type { DeferredWork } from '../../../src/domain/quota/deferred-work';
import type { QuotaState } from '../../../src/domain/quota/jira-quota';
import type { DeferredWorkPorts } from '../../../src/usecases/ports/deferred-work';

const AT = (iso: string): Date => new Date(iso);

/** In-memory ports on a clock the test moves; the quota state is whatever the test says. */
function ports(quota: QuotaState, now = '2026-12-02T14:05:00Z') {
  const clock = { now: AT(now) };
  const stored = new Map<string, DeferredWork>();
  const wakes: number[] = [];
  const p: DeferredWorkPorts = {
    quota: { current: () => Promise.resolve(quota) },
    store: {
      save: (w) => Promise.resolve(void stored.set(`${w.kind}:${w.id}`, w)),
      list: () => Promise.resolve([...stored.values()]),
      remove: (w) => Promise.resolve(void stored.delete(`${w.kind}:${w.id}`)),
    },
    wake: { wake: (s) => Promise.resolve(wakes.push(s) > 0) },
    clock: { now: () => clock.now },
  };
  return { p, stored, wakes, clock };
}

const NEAR: QuotaState = { level: 'near', since: '2026-12-02T14:00:00Z', resumesAt: '2026-12-02T15:00:00.000Z' };
const OK: QuotaState = { level: 'ok', since: '2026-12-02T14:00:00Z' };

describe('work deferred while Jira’s quota is short', () => {
  it('runs now (nothing stored) when the quota is fine', async () => {
    const { p, stored, wakes } = ports(OK);
    expect(await deferWhenQuotaShort({ kind: 'signoffReminders', id: '2026-12-02' }, p)).toBeUndefined();
    expect(stored.size).toBe(0);
    expect(wakes).toEqual([]);
  });

  it('is stored before a wake-up is queued, at most 900 s ahead, and the same work deferred twice is one', async () => {
    const { p, stored, wakes } = ports(NEAR);
    expect(await deferWhenQuotaShort({ kind: 'signoffReminders', id: '2026-12-02' }, p)).toEqual({ until: NEAR.resumesAt });
    await deferWhenQuotaShort({ kind: 'signoffReminders', id: '2026-12-02' }, p);
    expect(stored.size).toBe(1);
    expect(wakes).toEqual([900, 900]); // 55 minutes to the reset: the first of a chain of wake-ups
  });

  it('a drain before the reset runs nothing and queues itself again; after it, runs each piece once and deletes it', async () => {
    const early = ports(NEAR, '2026-12-02T14:50:00Z');
    const runs: string[] = [];
    const runners = { signoffReminders: (w: DeferredWork) => Promise.resolve(void runs.push(w.id)) };
    await deferWhenQuotaShort({ kind: 'signoffReminders', id: '2026-12-02' }, early.p);
    expect(await drainDeferredWork(early.p, runners)).toEqual({ waiting: NEAR.resumesAt, ran: [], failed: [] });
    expect(early.wakes.at(-1)).toBe(600 + 2); // ten minutes to go, plus the margin
    expect(runs).toEqual([]);

    early.clock.now = AT('2026-12-02T15:00:03Z'); // the stored near state has expired: the quota is ok again
    expect(await drainDeferredWork(early.p, runners)).toEqual({ ran: ['signoffReminders:2026-12-02'], failed: [] });
    expect(runs).toEqual(['2026-12-02']);
    expect(early.stored.size).toBe(0);
    expect(await drainDeferredWork(early.p, runners)).toEqual({ ran: [], failed: [] });
    expect(runs).toHaveLength(1);
  });

  it('a piece that fails stays, counted, and a wake-up is queued for it: nothing is lost', async () => {
    const { p, stored, wakes, clock } = ports(NEAR);
    await deferWhenQuotaShort({ kind: 'signoffReminders', id: '2026-12-02' }, p);
    clock.now = AT('2026-12-02T15:01:00Z');
    const failing = { signoffReminders: () => Promise.reject(new Error('Jira said no')) };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await drainDeferredWork(p, failing)).toEqual({ ran: [], failed: ['signoffReminders:2026-12-02'] });
    expect([...stored.values()][0]).toMatchObject({ attempts: 1 });
    expect(wakes.at(-1)).toBe(60);
  });
});
