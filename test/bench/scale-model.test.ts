import {
  ACTION_NAMES,
  busyHour,
  DEFAULT_PROFILE,
  hourTotal,
  kvsPeakMinute,
  scaled,
  tenantFit,
  tier1Tenants,
  tier2Quota,
  type ActionCost,
  type ActionCosts,
  type TenantProfile,
} from '../../bench/scale/model';

const cost = (points: number, kvsReadUnits = 0, kvsWriteUnits = 0): ActionCost => ({
  points,
  requests: points,
  kvsRequests: kvsReadUnits + kvsWriteUnits,
  kvsReadUnits,
  kvsWriteUnits,
});
const costs = (over: Partial<ActionCosts>): ActionCosts =>
  ({ ...Object.fromEntries(ACTION_NAMES.map((n) => [n, cost(0)])), ...over }) as ActionCosts;
/** A small tenant whose hour is easy to add up by hand. */
const tiny: TenantProfile = {
  ...DEFAULT_PROFILE,
  siteUsers: 100,
  pms: 2,
  approvers: 4,
  viewers: 10,
  activeCampaigns: 2,
  panelViewsPerPm: 10,
  panelViewsPerApprover: 5,
  panelViewsPerViewer: 1,
  edits: 6,
  decisions: 2,
  portfolioViewsPerPm: 3,
  kpiPushesPerCampaign: 4,
  creationsPerWeek: 1,
  businessHoursPerWeek: 40,
  recentWindowMinutes: 0,
  kvsPeakMinuteFactor: 3,
};

describe('tenants × users arithmetic of the scale bench', () => {
  it('Tier 2 quota: base + per user, capped at 500,000 points an hour', () => {
    expect(tier2Quota('Standard', 150)).toBe(101_500);
    expect(tier2Quota('Premium', 1_000)).toBe(150_000);
    expect(tier2Quota('Enterprise', 20_000)).toBe(500_000);
  });

  it('Tier 1: whole tenants in one shared pool of 65,000 points', () => {
    expect(tier1Tenants(650)).toBe(100);
    expect(tier1Tenants(651)).toBe(99);
    expect(tier1Tenants(0)).toBe(Infinity);
  });

  it('adds up the busy hour from the per-action costs and the usage mix', () => {
    const c = costs({
      panelPm: cost(4),
      signOffEpic: cost(1),
      panelViewer: cost(2),
      panelApprover: cost(3),
      signOffMilestone: cost(1),
      panelAfterEdit: cost(10),
      edit: cost(2),
      decision: cost(6),
      portfolio: cost(5),
      kpiPush: cost(1),
      creation: cost(400),
      panelAfterCreation: cost(80),
      reminders: cost(24),
    });
    // PM views 20×5, approver views 20×4, viewer views 10×3, first views after the 6 edits 6×(10−4), edits 6×2,
    // decisions 2×(6+10+1), portfolio 6×5, KPI pushes 8×1, creations (1/40)×480, reminders 1×24.
    const expected = 100 + 80 + 30 + 36 + 12 + 34 + 30 + 8 + 12 + 24;
    expect(hourTotal(busyHour(c, tiny, 1)).points).toBeCloseTo(expected, 9);
    // The shared pool sees 1/24 of a daily reminder run per tenant-hour.
    expect(hourTotal(busyHour(c, tiny, 1 / 24)).points).toBeCloseTo(expected - 24 + 1, 9);
  });

  it('charges views soon after a change only when the recent view costs more, and more so with more changes', () => {
    // The first view after an edit costs what a recent one does, so moving views from one to the other changes nothing.
    const c = costs({ panelPm: cost(4), panelRecent: cost(14), panelAfterEdit: cost(14) });
    const recent = (p: TenantProfile): number =>
      hourTotal(busyHour(c, p, 0)).points - hourTotal(busyHour(costs({ panelPm: cost(4), panelAfterEdit: cost(14) }), p, 0)).points;
    expect(recent(tiny)).toBe(0);
    const windowed = { ...tiny, recentWindowMinutes: 5 };
    expect(recent(windowed)).toBeGreaterThan(0);
    // More edits turn recent views into first views after an edit: the views that pay more still grow in number.
    const paying = (p: TenantProfile): number =>
      hourTotal(busyHour(c, p, 0)).points - hourTotal(busyHour(costs({ panelPm: cost(4) }), p, 0)).points;
    expect(paying({ ...windowed, edits: 30 })).toBeGreaterThan(paying(windowed));
  });

  it('finds the largest site that fits its own Tier 2 quota: it fits, 5 % more does not', () => {
    const c = costs({ panelPm: cost(300), signOffEpic: cost(100) });
    const fit = tenantFit(c, tiny);
    const points = (p: TenantProfile): number => hourTotal(busyHour(c, p, 1)).points;
    // 20 PM views and 10 viewer views, each with the sign-off of the epic.
    expect(points(tiny)).toBe(9_000);
    expect(fit.tier1Tenants).toBe(7);
    const users = fit.tier2.Standard.largestSiteUsers;
    const at = (u: number): TenantProfile => scaled(tiny, u / tiny.siteUsers);
    expect(points(at(users))).toBeLessThanOrEqual(tier2Quota('Standard', users));
    expect(points(at(users * 1.05))).toBeGreaterThan(tier2Quota('Standard', users * 1.05));
    expect(fit.tier2.Standard.used).toBeCloseTo(9_000 / 101_000, 9);
  });

  it('KVS: the peak minute is the hour’s average minute times the peak factor, plus a whole creation or reminder run', () => {
    const c = costs({ panelPm: cost(0, 6, 1), creation: cost(0, 50, 30), reminders: cost(0, 70, 2) });
    // 20 PM views an hour: 120 read, 20 write units; creations (1/40 an hour) add 1.25 read, 0.75 write.
    const peak = kvsPeakMinute(c, tiny);
    expect(peak.read).toBeCloseTo((121.25 / 60) * 3 + 70, 9);
    expect(peak.write).toBeCloseTo((20.75 / 60) * 3 + 30, 9);
    const fit = tenantFit(c, tiny);
    const over = kvsPeakMinute(c, scaled(tiny, (fit.kvs.largestSiteUsers * 1.05) / tiny.siteUsers));
    expect(Math.max(over.read, over.write)).toBeGreaterThan(4_000);
  });
});
