import { expectedByNow, kpiStatuses } from '../../../src/domain/metrics';
import { plan } from './fixtures';

// Window Tue 12-01 .. Wed 12-30 (30 days); leads target 1,000 (accumulates), cost per lead 12 (a rate, lower is better).
const [leads, cpl] = plan().kpis;

describe('KPI status', () => {
  it('expects a count to grow linearly over its window and a rate to sit at its target', () => {
    expect(expectedByNow(leads!, '2026-12-01')).toBeCloseTo(1000 / 30, 10);
    expect(expectedByNow(leads!, '2026-12-10')).toBeCloseTo(1000 / 3, 10);
    expect(expectedByNow(leads!, '2026-12-30')).toBe(1000);
    expect(expectedByNow(cpl!, '2026-12-10')).toBe(12);
    expect(expectedByNow(leads!, '2026-11-30')).toBeNull();
    expect(expectedByNow(leads!, '2026-12-31')).toBeNull();
  });

  it('has no actual and no pace until actuals exist', () => {
    expect(kpiStatuses(plan().kpis, '2026-12-10')).toEqual([
      {
        kpiId: 'leads',
        name: 'Leads',
        unit: 'count',
        direction: 'higher_is_better',
        aggregation: 'total',
        target: 1000,
        actual: null,
        expectedByNow: expect.closeTo(333.33, 2),
        onPace: null,
      },
      {
        kpiId: 'cpl',
        name: 'Cost per lead',
        unit: 'currency',
        direction: 'lower_is_better',
        aggregation: 'latest',
        target: 12,
        actual: null,
        expectedByNow: 12,
        onPace: null,
      },
    ]);
  });

  it('judges pace in the direction that is better', () => {
    const onDay10 = (actuals: Record<string, number>) => kpiStatuses(plan().kpis, '2026-12-10', actuals).map((k) => k.onPace);
    expect(onDay10({ leads: 300, cpl: 13 })).toEqual([false, false]);
    expect(onDay10({ leads: 400, cpl: 11 })).toEqual([true, true]);
  });

  it('compares with the target itself after the window, and not at all before it', () => {
    expect(kpiStatuses(plan().kpis, '2027-01-05', { leads: 950 })[0]).toMatchObject({ expectedByNow: null, onPace: false });
    expect(kpiStatuses(plan().kpis, '2027-01-05', { leads: 1000 })[0]!.onPace).toBe(true);
    expect(kpiStatuses(plan().kpis, '2026-11-20', { leads: 10 })[0]).toMatchObject({ expectedByNow: null, onPace: null });
  });
});
