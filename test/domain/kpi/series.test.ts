import { classifyPush, kpiPace, measureKpi, mergeKpiPoints, mergeSpendPoints, readPush, type KpiPoint } from '../../../src/domain/kpi';
import type { PlanKpi } from '../../../src/domain/model';

const window = { windowStart: '2026-12-01', windowEnd: '2026-12-30' };
const orders: PlanKpi = { kpiId: 'orders', name: 'Orders', unit: 'count', target: 3000, direction: 'higher_is_better', ...window };
const openRate: PlanKpi = { kpiId: 'open-rate', name: 'Open rate', unit: 'percent', target: 25, direction: 'higher_is_better', ...window };
const cpl: PlanKpi = { kpiId: 'cpl', name: 'Cost per lead', unit: 'currency', target: 12, direction: 'lower_is_better', ...window };
const pt = (kpiId: string, at: string, value: number, source = 'hubspot'): KpiPoint => ({ kpiId, at, value, source });

describe('KPI time series', () => {
  it('keeps a replayed point once and puts out-of-order points in time order', () => {
    const late = pt('orders', '2026-12-05T10:00:00.000Z', 50);
    const early = pt('orders', '2026-12-02T10:00:00.000Z', 20);
    const merged = mergeKpiPoints([[late, early, late], [early]]);
    expect(merged).toEqual([early, late]);
  });

  it('lets a later layer correct the same source and moment, and keeps other sources apart', () => {
    const first = pt('orders', '2026-12-02T00:00:00.000Z', 20, 'csv');
    const corrected = { ...first, value: 25 };
    const ga4 = pt('orders', '2026-12-02T00:00:00.000Z', 7, 'ga4');
    expect(mergeKpiPoints([[first, ga4], [corrected]])).toEqual([corrected, ga4]);
    const spend = { channel: 'Search', category: 'media' as const, date: '2026-12-01', amount: 10, source: 'csv' };
    expect(mergeSpendPoints([[spend], [{ ...spend, amount: 12 }]])).toEqual([{ ...spend, amount: 12 }]);
  });

  it('classifies a push against what is stored under its identity', () => {
    const p = pt('orders', '2026-12-02T00:00:00.000Z', 20);
    expect(classifyPush(undefined, p)).toBe('new');
    expect(classifyPush(p, { ...p })).toBe('duplicate');
    expect(classifyPush(p, { ...p, value: 21 })).toBe('conflict');
  });

  it('totals counts and reads rates at their latest moment, inside the window only', () => {
    const series = mergeKpiPoints([
      [
        pt('orders', '2026-11-30T23:59:59.000Z', 1000),
        pt('orders', '2026-12-03T00:00:00.000Z', 100),
        pt('orders', '2026-12-01T00:00:00.000Z', 0.1),
        pt('orders', '2026-12-02T00:00:00.000Z', 0.2, 'ga4'),
        pt('open-rate', '2026-12-04T00:00:00.000Z', 30),
        pt('open-rate', '2026-12-02T00:00:00.000Z', 10),
      ],
    ]);
    expect(measureKpi(orders, series)).toEqual({
      value: 100.3,
      points: 3,
      outsideWindow: 1,
      lastAt: '2026-12-03T00:00:00.000Z',
      sources: ['ga4', 'hubspot'],
    });
    expect(measureKpi(openRate, series)).toMatchObject({ value: 30, points: 2, outsideWindow: 0 });
    expect(measureKpi(cpl, series)).toEqual({ value: null, points: 0, outsideWindow: 0, lastAt: null, sources: [] });
  });

  it('computes pace to target: ratio to where it should be, projection at the end, what is needed per day', () => {
    // Day 10 of 30: 1,000 orders expected by now; 800 done → 0.8 of pace, 2,400 projected, 2,200 needed over 20 days.
    expect(kpiPace(orders, 800, '2026-12-10')).toEqual({ ratio: 0.8, projectedAtEnd: 2400, neededPerDay: 110, daysLeft: 20 });
    expect(kpiPace(orders, 3500, '2026-12-10').neededPerDay).toBe(0);
    // Lower is better: 10 against a target of 12 is ahead (12 / 10).
    expect(kpiPace(cpl, 10, '2026-12-10')).toEqual({ ratio: 1.2, projectedAtEnd: 10, neededPerDay: null, daysLeft: 20 });
    expect(kpiPace(orders, 2900, '2027-01-05')).toEqual({ ratio: 2900 / 3000, projectedAtEnd: 2900, neededPerDay: null, daysLeft: null });
    expect(kpiPace(orders, null, '2026-12-10')).toEqual({ ratio: null, projectedAtEnd: null, neededPerDay: null, daysLeft: 20 });
  });
});

describe('reading a push', () => {
  const now = new Date('2026-12-10T12:00:00Z');
  const body = { campaign: 'MKT-12', kpi: 'orders', value: 5, at: '2026-12-10T09:00:00+01:00', source: 'GA4' };

  it('normalises the instant to UTC', () => {
    expect(readPush(body, now)).toEqual({
      ok: true,
      campaign: 'MKT-12',
      point: { kpiId: 'orders', at: '2026-12-10T08:00:00.000Z', value: 5, source: 'GA4' },
    });
    expect(readPush({ ...body, at: '2026-12-09' }, now)).toMatchObject({ ok: true, point: { at: '2026-12-09T00:00:00.000Z' } });
  });

  it('names the field at fault', () => {
    expect(readPush({ ...body, value: '5' }, now)).toMatchObject({ ok: false, field: 'value' });
    expect(readPush({ ...body, campaign: 'mkt-12' }, now)).toMatchObject({ ok: false, field: 'campaign' });
    // A well-formed instant, refused only for being in the future.
    expect(readPush({ ...body, at: '2026-12-12T09:00:00Z' }, now)).toEqual({ ok: false, field: 'at' });
    expect(readPush({ ...body, source: 'a/b' }, now)).toMatchObject({ ok: false, field: 'source' });
    expect(readPush([], now)).toMatchObject({ ok: false, field: 'body' });
    // A field a push may not carry is marked as such, so the web trigger can pick its fixed "unknown field" answer.
    expect(readPush({ ...body, body: 1 }, now)).toMatchObject({ ok: false, field: 'body', unknown: true });
    expect(readPush({ ...body, value: '5' }, now)).not.toHaveProperty('unknown');
  });
});
