import { throughputHistory, MIN_HISTORY_ITEMS } from '../../../src/domain/metrics';

describe('throughputHistory', () => {
  // Tue 2026-11-24; the window is the business days before it (FR calendar: Wed 11-11 is a holiday).
  it('counts items per business day over the window, oldest first, excluding today', () => {
    const h = throughputHistory(['2026-11-23', '2026-11-23', '2026-11-20', '2026-11-24'], '2026-11-24', 'FR', 5);
    // Window: Tue 17, Wed 18, Thu 19, Fri 20, Mon 23.
    expect(h.perDay).toEqual([0, 0, 0, 1, 2]);
    expect(h.items).toBe(3);
  });

  it('moves weekend and holiday resolutions to the business day before, and skips the holiday in the window', () => {
    const h = throughputHistory(['2026-11-22', '2026-11-11'], '2026-11-13', 'FR', 3);
    // Window: Mon 9, Tue 10, Thu 12 (Wed 11 is Armistice Day). 11-11 counts on Tue 10; Sun 11-22 is after the window.
    expect(h.perDay).toEqual([0, 1, 0]);
  });

  it('is usable from MIN_HISTORY_ITEMS items on', () => {
    const days = (n: number) => Array.from({ length: n }, () => '2026-11-20');
    expect(throughputHistory(days(MIN_HISTORY_ITEMS - 1), '2026-11-24', 'FR').usable).toBe(false);
    expect(throughputHistory(days(MIN_HISTORY_ITEMS), '2026-11-24', 'FR').usable).toBe(true);
    expect(throughputHistory([], '2026-11-24', 'FR').perDay).toHaveLength(60);
  });
});
