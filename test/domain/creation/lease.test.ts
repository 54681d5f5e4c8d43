import { LEASE_MAX_MS, LEASE_SLACK_MS, leaseDeadline, mayTakeOver } from '../../../src/domain/creation/lease';

describe('creation job lease', () => {
  const now = 1_800_000_000_000;
  const claim = { holder: 'run-b', expiresAt: now + 57_000, delivery: 'event-job-1' };

  it('keeps a live lease of another run', () => {
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now + 10_000, delivery: 'event-job-2' }, claim, now)).toBe(false);
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now + 10_000 }, { holder: 'run-b', expiresAt: now + 25_000 }, now)).toBe(false);
  });

  it('takes over a lease whose run is past its invocation deadline', () => {
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now - 1, delivery: 'event-job-2' }, claim, now)).toBe(true);
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now }, { holder: 'run-b', expiresAt: now + 25_000 }, now)).toBe(true);
  });

  it('lets a redelivery of the same queue event take over at once (the attempt before it is over)', () => {
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now + 50_000, delivery: 'event-job-1' }, claim, now)).toBe(true);
    // A run the page started has no delivery: it never matches another run's.
    expect(mayTakeOver({ holder: 'run-a', expiresAt: now + 50_000 }, { holder: 'run-b', expiresAt: now + 25_000 }, now)).toBe(false);
  });

  it('keeps leases stored without a deadline (their storage TTL ends them)', () => {
    expect(mayTakeOver({ holder: 'run-a' }, claim, now)).toBe(false);
  });

  it('ends a lease with the invocation, never later than the cap', () => {
    expect(leaseDeadline(now, 25_000)).toBe(now + 25_000 + LEASE_SLACK_MS);
    expect(leaseDeadline(now, Number.POSITIVE_INFINITY)).toBe(now + LEASE_MAX_MS);
  });
});
