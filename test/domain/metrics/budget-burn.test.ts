import { budgetBurn, campaignIssues, earnedValueForecast } from '../../../src/domain/metrics';
import type { CampaignSnapshot, SnapshotIssue } from '../../../src/domain/model';
import { done, issue, plan, snapshot, TODAY } from './fixtures';

const burn = (snap: CampaignSnapshot, extra: SnapshotIssue[] = [], today = TODAY) => {
  const p = plan();
  return budgetBurn({ plan: p, items: campaignIssues(p, [...Object.values(snap.issues), ...extra]), today });
};
const point = (b: ReturnType<typeof burn>, date: string) => {
  const found = b.series.find((s) => s.date === date);
  if (!found) throw new Error(`no point on ${date}`);
  return found;
};

describe('budget burn and earned value (BAC 10,000 EUR; tasks planned 2,000 + 1,000 + 5,000 + 2,000)', () => {
  it('zero spend: nothing spent, no CPI, no forecast and says why', () => {
    const b = burn(snapshot());
    expect(b).toMatchObject({
      currency: 'EUR',
      planned: 10000,
      actual: 0,
      committed: 0,
      remaining: 10000,
      earnedValue: 0,
      cpi: null,
      forecastAtCompletion: null,
      forecastNote: 'no_spend_yet',
      percentSpent: 0,
      percentComplete: 0,
      alerts: [],
    });
  });

  it('lines that add up to the budget leave no unallocated line; lines short of it show the rest as one', () => {
    expect(burn(snapshot()).unallocated).toBeUndefined();
    const p = { ...plan(), budget: { amount: 14_667, currency: 'EUR' } };
    const b = budgetBurn({ plan: p, items: campaignIssues(p, Object.values(snapshot().issues)), today: TODAY });
    expect(b.unallocated).toBe(4_667);
    expect(b.byCategory.reduce((s, c) => s + c.planned, 0) + (b.unallocated ?? 0)).toBe(14_667);
  });

  it('no completed work: spend without earned value gives CPI 0 and no forecast', () => {
    const b = burn(snapshot({ design: { actualCost: 1500 } }));
    expect(b).toMatchObject({
      actual: 1500,
      earnedValue: 0,
      cpi: 0,
      forecastAtCompletion: null,
      forecastNote: 'no_completed_work',
      percentSpent: 0.15,
      remaining: 8500,
    });
  });

  it('exactly on plan: EV = AC, CPI 1, EAC = BAC', () => {
    // design (2,000) and copy (1,000) done at their planned cost: EV 3,000, AC 3,000.
    const b = burn(snapshot({ design: done('2026-11-18', 2000), copy: done('2026-11-18', 1000) }));
    expect(b).toMatchObject({
      actual: 3000,
      earnedValue: 3000,
      cpi: 1,
      forecastAtCompletion: 10000,
      forecastNote: 'ok',
      percentComplete: 0.3,
      percentSpent: 0.3,
      remaining: 7000,
      alerts: [],
    });
  });

  it('overspend: CPI 1/3 projects 30,000 and raises the 80% alert', () => {
    // EV 3,000 (design + copy done), AC 4,000 + 2,000 + 3,000 (ads still open) = 9,000.
    // CPI = 3,000 / 9,000; EAC = 9,000 + (10,000 − 3,000) / (1/3) = 30,000.
    const b = burn(snapshot({ design: done('2026-11-18', 4000), copy: done('2026-11-19', 2000), ads: { actualCost: 3000 } }));
    expect(b.cpi).toBeCloseTo(1 / 3, 10);
    expect(b).toMatchObject({
      actual: 9000,
      earnedValue: 3000,
      forecastAtCompletion: 30000,
      forecastNote: 'ok',
      percentSpent: 0.9,
      alerts: ['budget_80'],
    });
  });

  it('past 100% of the budget: both alerts and a negative remaining', () => {
    const b = burn(
      snapshot({
        design: done('2026-11-18', 4000),
        copy: done('2026-11-19', 2000),
        ads: { actualCost: 3000 },
        email: { actualCost: 1500 },
      }),
    );
    expect(b).toMatchObject({ actual: 10500, remaining: -500, alerts: ['budget_80', 'budget_100'] });
    expect(b.percentSpent).toBeCloseTo(1.05, 10);
  });

  it('exactly at 80% raises the alert, just below does not', () => {
    expect(burn(snapshot({ ads: { actualCost: 8000 } })).alerts).toEqual(['budget_80']);
    expect(burn(snapshot({ ads: { actualCost: 7999.99 } })).alerts).toEqual([]);
  });

  it('too little data: EV under 10% of BAC gives no forecast; the issue planned cost wins over the plan row', () => {
    const b = burn(snapshot({ design: { ...done('2026-11-18', 600), plannedCost: 500 } }));
    expect(b).toMatchObject({ earnedValue: 500, actual: 600, forecastAtCompletion: null, forecastNote: 'too_little_data' });
    expect(b.cpi).toBeCloseTo(500 / 600, 10);
  });

  it('earnedValueForecast on its own, at the 10% boundary', () => {
    expect(earnedValueForecast(10000, 1000, 2000)).toEqual({ cpi: 0.5, forecastAtCompletion: 2000 + 9000 / 0.5, forecastNote: 'ok' });
    expect(earnedValueForecast(10000, 999, 2000).forecastNote).toBe('too_little_data');
  });

  it('sums committed cost and breaks spend down by category (plan order) and milestone (date order)', () => {
    const handAdded: SnapshotIssue = {
      ...issue('ads'),
      key: 'MKT-9',
      id: '10009',
      kind: 'other',
      rowId: undefined,
      milestoneKey: undefined,
      summary: 'Photographer',
      plannedCost: null,
      costCategory: null,
      actualCost: 200,
      blockedBy: [],
    };
    const b = burn(snapshot({ design: done('2026-11-18', 2000), copy: done('2026-11-18', 1000), ads: { committedCost: 4500 } }), [
      handAdded,
    ]);
    expect(b.committed).toBe(4500);
    expect(b.actual).toBe(3200);
    expect(b.byCategory).toEqual([
      { category: 'media', planned: 5000, committed: 4500, actual: 0 },
      { category: 'production', planned: 2000, committed: 0, actual: 2000 },
      { category: 'agency', planned: 1000, committed: 0, actual: 1000 },
      { category: 'tooling', planned: 2000, committed: 0, actual: 0 },
      { category: 'uncategorized', planned: 0, committed: 0, actual: 200 },
    ]);
    expect(b.byMilestone).toEqual([
      { milestoneKey: 'MKT-2', name: 'Creative final (L-7)', planned: 3000, actual: 3000 },
      { milestoneKey: 'MKT-3', name: 'Launch (L)', planned: 7000, actual: 0 },
    ]);
  });

  describe('cumulative series (on-plan case, today Tue 11-24)', () => {
    const b = burn(snapshot({ design: done('2026-11-18', 2000), copy: done('2026-11-18', 1000) }));

    it('runs daily from the first planned start to the last due date', () => {
      expect(b.series[0]!.date).toBe('2026-11-16');
      expect(b.series[b.series.length - 1]!.date).toBe('2026-12-01');
      expect(b.series).toHaveLength(16);
    });

    it('spreads planned cost over each task’s business days', () => {
      // design 2,000 over Mon–Wed 16–18; copy 1,000 over Tue–Wed 17–18; ads 5,000 over 23–27; email 2,000 over 30–01.
      expect(point(b, '2026-11-16').plannedCumulative).toBe(666.67);
      expect(point(b, '2026-11-17').plannedCumulative).toBe(1833.33);
      expect(point(b, '2026-11-18').plannedCumulative).toBe(3000);
      expect(point(b, '2026-11-22').plannedCumulative).toBe(3000);
      expect(point(b, '2026-11-23').plannedCumulative).toBe(4000);
      expect(point(b, '2026-11-28').plannedCumulative).toBe(8000);
      expect(point(b, '2026-12-01').plannedCumulative).toBe(10000);
    });

    it('counts actual spend on the resolution day and stops at today', () => {
      expect(point(b, '2026-11-17').actualCumulative).toBe(0);
      expect(point(b, '2026-11-18').actualCumulative).toBe(3000);
      expect(point(b, TODAY).actualCumulative).toBe(3000);
      expect(point(b, '2026-11-25').actualCumulative).toBeNull();
    });

    it('draws the forecast from today’s actual to EAC on the last due date', () => {
      expect(point(b, '2026-11-23').forecastCumulative).toBeNull();
      expect(point(b, TODAY).forecastCumulative).toBe(3000);
      expect(point(b, '2026-11-25').forecastCumulative).toBe(4000);
      expect(point(b, '2026-12-01').forecastCumulative).toBe(10000);
    });

    it('spend on an open issue counts today; no forecast line when there is none', () => {
      const open = burn(snapshot({ ads: { actualCost: 700 } }));
      expect(point(open, '2026-11-23').actualCumulative).toBe(0);
      expect(point(open, TODAY).actualCumulative).toBe(700);
      expect(open.series.every((s) => s.forecastCumulative === null)).toBe(true);
    });

    it('thins out the points for a long campaign but keeps the ends and today', () => {
      const p = plan({ launchDate: '2027-12-01' });
      const long = budgetBurn({ plan: p, items: campaignIssues(p, Object.values(snapshot().issues)), today: TODAY });
      expect(long.series.length).toBeLessThanOrEqual(190);
      expect(long.series[0]!.date).toBe('2026-11-16');
      expect(long.series.map((s) => s.date)).toEqual(expect.arrayContaining([TODAY, '2027-12-01']));
      expect(long.series[long.series.length - 1]!.plannedCumulative).toBe(10000);
    });
  });
});
