import { budgetBurn, campaignIssues } from '../../../src/domain/metrics';
import type { SpendPoint } from '../../../src/domain/kpi';
import { plan, snapshot, TODAY } from '../metrics/fixtures';

// The fixture's "ads" task is media (planned 5,000), "design" production, "email" tooling.
const spend = (channel: string, date: string, amount: number, category: SpendPoint['category'] = 'media'): SpendPoint => ({
  channel,
  category,
  date,
  amount,
  source: 'csv',
});
const burn = (channelSpend: SpendPoint[] | undefined, costs: { ads?: number; design?: number } = { ads: 900, design: 400 }) => {
  const p = plan();
  const snap = snapshot({ ads: { actualCost: costs.ads ?? null }, design: { actualCost: costs.design ?? null } });
  return budgetBurn({ plan: p, items: campaignIssues(p, Object.values(snap.issues)), today: TODAY, channelSpend });
};

describe('imported channel spend in the budget burn', () => {
  it('is the actual of its category: media issues’ actual costs are superseded, not added', () => {
    const b = burn([spend('Search', '2026-11-16', 1000), spend('Social', '2026-11-23', 250.5), spend('Search', '2026-11-23', 300)]);
    expect(b.actual).toBe(400 + 1550.5);
    expect(b.issueActualSuperseded).toBe(900);
    expect(b.byChannel).toEqual([
      { channel: 'Search', category: 'media', actual: 1300, points: 2, lastDate: '2026-11-23' },
      { channel: 'Social', category: 'media', actual: 250.5, points: 1, lastDate: '2026-11-23' },
    ]);
    expect(b.byCategory.find((c) => c.category === 'media')).toMatchObject({ planned: 5000, actual: 1550.5 });
    expect(b.byCategory.find((c) => c.category === 'production')).toMatchObject({ actual: 400 });
    // The cumulative chart takes the spend on its own days.
    const on = (date: string) => b.series.find((s) => s.date === date)?.actualCumulative;
    expect(on('2026-11-16')).toBe(1000);
    expect(on(TODAY)).toBe(1950.5);
  });

  it('adds a category of its own when the plan has none for it, and leaves other categories alone', () => {
    const b = burn([spend('Booth', '2026-11-20', 700, 'event')]);
    expect(b.actual).toBe(900 + 400 + 700);
    expect(b.issueActualSuperseded).toBe(0);
    expect(b.byCategory.find((c) => c.category === 'event')).toMatchObject({ planned: 0, actual: 700 });
  });

  it('changes nothing without imported spend', () => {
    const without = burn(undefined);
    expect(without.actual).toBe(1300);
    expect(without.byChannel).toBeUndefined();
    expect(burn([]).actual).toBe(1300);
  });
});
