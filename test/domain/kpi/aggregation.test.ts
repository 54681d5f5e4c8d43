import { kpiPace, kpiStatusesFromSeries, measureKpi, type KpiPoint } from '../../../src/domain/kpi';
import { aggregationOf } from '../../../src/domain/kpi/aggregation';
import { expectedByNow } from '../../../src/domain/metrics/kpi-status';
import type { PlanKpi } from '../../../src/domain/model';
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';

const window = { windowStart: '2026-12-01', windowEnd: '2026-12-30' };
const aov: PlanKpi = { kpiId: 'aov', name: 'Panier moyen', unit: 'currency', target: 100, direction: 'higher_is_better', ...window };
const revenue: PlanKpi = { kpiId: 'revenue', name: 'Revenue', unit: 'currency', target: 30000, direction: 'higher_is_better', ...window };
const roas: PlanKpi = { kpiId: 'roas', name: 'ROAS', unit: 'ratio', target: 3, direction: 'higher_is_better', ...window };
const pt = (kpiId: string, day: string, value: number): KpiPoint => ({ kpiId, at: `2026-12-${day}T00:00:00.000Z`, value, source: 'ga4' });
const series = [pt('aov', '02', 90), pt('revenue', '02', 9000), pt('aov', '03', 120), pt('revenue', '03', 12000), pt('aov', '04', 105)];

describe('how a KPI aggregates', () => {
  it('averages the average order value over its points, never sums it', () => {
    expect(measureKpi(aov, series)).toMatchObject({ value: 105, points: 3 });
    expect(measureKpi(revenue, series)).toMatchObject({ value: 21000, points: 2 });
    const [aovStatus, revenueStatus] = kpiStatusesFromSeries([aov, revenue], '2026-12-10', series);
    expect(aovStatus).toMatchObject({ aggregation: 'average', actual: 105, expectedByNow: 100, onPace: true });
    expect(revenueStatus).toMatchObject({ aggregation: 'total', actual: 21000, expectedByNow: 10000 });
  });

  it('keeps an average at its target all along the window, and projects it as it stands', () => {
    expect(expectedByNow(aov, '2026-12-10')).toBe(100);
    expect(kpiPace(aov, 105, '2026-12-10')).toEqual({ ratio: 1.05, projectedAtEnd: 105, neededPerDay: null, daysLeft: 20 });
  });

  it('says total, latest, average or ratio, taking a KPI that says it at its word', () => {
    expect(aggregationOf(revenue)).toBe('total');
    expect(aggregationOf(aov)).toBe('average');
    expect(aggregationOf({ ...aov, name: 'Average order value' })).toBe('average');
    expect(aggregationOf(roas)).toBe('ratio');
    expect(aggregationOf({ ...roas, unit: 'percent', name: 'Open rate' })).toBe('ratio');
    expect(aggregationOf({ ...aov, name: 'Cost per lead', direction: 'lower_is_better' })).toBe('latest');
    expect(aggregationOf({ ...revenue, aggregation: 'latest' })).toBe('latest');
    expect(measureKpi({ ...aov, aggregation: 'total' }, series).value).toBe(315);
  });

  it('gives every built-in KPI an aggregation a marketer would expect', () => {
    const kpis = BUILT_IN_TEMPLATES.flatMap((t) => t.kpis.map((k) => ({ ...k, name: k.name.en })));
    const of = (id: string): string[] => [...new Set(kpis.filter((k) => k.id === id).map(aggregationOf))];
    expect(of('aov')).toEqual(['average']);
    expect(of('registrations')).toEqual(['average']);
    expect(of('revenue')).toEqual(['total']);
    expect(of('pipeline')).toEqual(['total']);
    expect(of('orders')).toEqual(['total']);
    expect(of('social-roas')).toEqual(['ratio']);
    expect(of('email-open')).toEqual(['ratio']);
    expect(of('cpl')).toEqual(['latest']);
  });
});
