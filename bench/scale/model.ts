/**
 * The tenants × users arithmetic of `npm run bench:scale`, pure: measured per-action costs and a usage profile in,
 * points and KVS units per tenant and the number of tenants that fit out. No I/O, so a unit test can check it.
 */

/** The measured actions; a panel view in the issue panel is `getCampaignPanel` plus `getSignOff` on the same issue. */
export const ACTION_NAMES = [
  'creation',
  'panelAfterCreation',
  'panelPm',
  'panelViewer',
  'panelApprover',
  'signOffEpic',
  'signOffMilestone',
  'portfolio',
  'kpiPush',
  'edit',
  'panelAfterEdit',
  'panelRecent',
  'decision',
  'reminders',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export interface ActionCost {
  /** Jira rate-limit points the app spent (1 per request + 1 per object returned, 2 per user; writes 1). */
  points: number;
  requests: number;
  kvsRequests: number;
  /** KVS units: each request rounded up to 10 KB (reads by bytes answered, writes by bytes sent). */
  kvsReadUnits: number;
  kvsWriteUnits: number;
}
export type ActionCosts = Record<ActionName, ActionCost>;

/** One customer site in its busiest hour. Counts are per hour unless named otherwise. */
export interface TenantProfile {
  /** Licensed users of the Jira site: the per-user term of the Tier 2 quota. */
  siteUsers: number;
  pms: number;
  approvers: number;
  viewers: number;
  activeCampaigns: number;
  panelViewsPerPm: number;
  panelViewsPerApprover: number;
  panelViewsPerViewer: number;
  /** Edits of campaign issues in Jira (fields, status, dates) across the site. */
  edits: number;
  /** Sign-off decisions across the site. */
  decisions: number;
  portfolioViewsPerPm: number;
  kpiPushesPerCampaign: number;
  creationsPerWeek: number;
  businessHoursPerWeek: number;
  /** Minutes after a change during which a panel view pays `panelRecent` rather than the steady cost. */
  recentWindowMinutes: number;
  /** Busiest minute ÷ average minute of the busy hour (for the per-minute KVS limits). */
  kvsPeakMinuteFactor: number;
}

/** The assumed busy hour of a mid-size marketing team (reasons in README.md, Performance); printed by the sim. */
export const DEFAULT_PROFILE: TenantProfile = {
  siteUsers: 150,
  pms: 3,
  approvers: 8,
  viewers: 25,
  activeCampaigns: 6,
  panelViewsPerPm: 12,
  panelViewsPerApprover: 3,
  panelViewsPerViewer: 1,
  edits: 40,
  decisions: 3,
  portfolioViewsPerPm: 2,
  kpiPushesPerCampaign: 1,
  creationsPerWeek: 1,
  businessHoursPerWeek: 40,
  recentWindowMinutes: 2,
  kvsPeakMinuteFactor: 4,
};

export const TIER1_POINTS_PER_HOUR = 65_000;
export const TIER2_CAP = 500_000;
export const TIER2_EDITIONS = {
  Standard: { base: 100_000, perUser: 10 },
  Premium: { base: 130_000, perUser: 20 },
  Enterprise: { base: 150_000, perUser: 30 },
} as const;
export type Edition = keyof typeof TIER2_EDITIONS;
export const KVS_READ_UNITS_PER_MINUTE = 4_000;
export const KVS_WRITE_UNITS_PER_MINUTE = 4_000;

/** A Tier 2 tenant's own hourly quota. */
export function tier2Quota(edition: Edition, siteUsers: number): number {
  const e = TIER2_EDITIONS[edition];
  return Math.min(TIER2_CAP, e.base + e.perUser * siteUsers);
}

/** How many tenants of `pointsPerTenant` share Tier 1's single pool. */
export const tier1Tenants = (pointsPerTenant: number): number =>
  pointsPerTenant <= 0 ? Infinity : Math.floor(TIER1_POINTS_PER_HOUR / pointsPerTenant);

/** Each activity of the busy hour: how many times it happens and what one costs. */
export interface HourLine {
  activity: string;
  count: number;
  unit: ActionCost;
}

const zero: ActionCost = { points: 0, requests: 0, kvsRequests: 0, kvsReadUnits: 0, kvsWriteUnits: 0 };
const add = (a: ActionCost, b: ActionCost): ActionCost => ({
  points: a.points + b.points,
  requests: a.requests + b.requests,
  kvsRequests: a.kvsRequests + b.kvsRequests,
  kvsReadUnits: a.kvsReadUnits + b.kvsReadUnits,
  kvsWriteUnits: a.kvsWriteUnits + b.kvsWriteUnits,
});
/** What an extra cost over a baseline view costs (never below zero: a cheaper first view is not a saving to count). */
const over = (a: ActionCost, b: ActionCost): ActionCost => ({
  points: Math.max(0, a.points - b.points),
  requests: Math.max(0, a.requests - b.requests),
  kvsRequests: Math.max(0, a.kvsRequests - b.kvsRequests),
  kvsReadUnits: Math.max(0, a.kvsReadUnits - b.kvsReadUnits),
  kvsWriteUnits: Math.max(0, a.kvsWriteUnits - b.kvsWriteUnits),
});
const times = (c: ActionCost, k: number): ActionCost => ({
  points: c.points * k,
  requests: c.requests * k,
  kvsRequests: c.kvsRequests * k,
  kvsReadUnits: c.kvsReadUnits * k,
  kvsWriteUnits: c.kvsWriteUnits * k,
});

/**
 * The busy hour of one tenant, line by line. `reminderRuns` is how many daily reminder runs the hour holds: 1 for
 * a tenant's own quota (its worst hour holds the run), 1/24 for a pool shared by tenants whose runs fall at any hour.
 */
export function busyHour(costs: ActionCosts, p: TenantProfile, reminderRuns: number): HourLine[] {
  const views = p.pms * p.panelViewsPerPm + p.approvers * p.panelViewsPerApprover + p.viewers * p.panelViewsPerViewer;
  // Each edit makes the campaign's next view the one that reads the change; views soon after pay `panelRecent`.
  const firstAfterEdit = Math.min(p.edits, views);
  const changesPerCampaign = (p.edits + p.decisions) / Math.max(1, p.activeCampaigns);
  const recentShare = 1 - Math.exp((-changesPerCampaign * p.recentWindowMinutes) / 60);
  const recent = Math.max(0, views * recentShare - firstAfterEdit);
  const creations = p.creationsPerWeek / p.businessHoursPerWeek;
  return [
    // A view of the issue panel is two resolver calls: the campaign panel and the sign-off of the same issue.
    { activity: 'views by PMs (epic): getCampaignPanel', count: p.pms * p.panelViewsPerPm, unit: costs.panelPm },
    { activity: 'views by PMs (epic): getSignOff', count: p.pms * p.panelViewsPerPm, unit: costs.signOffEpic },
    {
      activity: 'views by approvers (milestone): getCampaignPanel',
      count: p.approvers * p.panelViewsPerApprover,
      unit: costs.panelApprover,
    },
    { activity: 'views by approvers (milestone): getSignOff', count: p.approvers * p.panelViewsPerApprover, unit: costs.signOffMilestone },
    { activity: 'views by viewers (epic): getCampaignPanel', count: p.viewers * p.panelViewsPerViewer, unit: costs.panelViewer },
    { activity: 'views by viewers (epic): getSignOff', count: p.viewers * p.panelViewsPerViewer, unit: costs.signOffEpic },
    { activity: 'extra for the first view after an edit', count: firstAfterEdit, unit: over(costs.panelAfterEdit, costs.panelPm) },
    {
      activity: `extra for views < ${p.recentWindowMinutes} min after a change`,
      count: recent,
      unit: over(costs.panelRecent, costs.panelPm),
    },
    { activity: 'edits in Jira (the app’s triggers)', count: p.edits, unit: costs.edit },
    {
      activity: 'sign-off decisions (+ the panel’s reload)',
      count: p.decisions,
      unit: add(costs.decision, add(costs.panelAfterEdit, costs.signOffMilestone)),
    },
    { activity: 'portfolio views', count: p.pms * p.portfolioViewsPerPm, unit: costs.portfolio },
    { activity: 'KPI pushes', count: p.activeCampaigns * p.kpiPushesPerCampaign, unit: costs.kpiPush },
    { activity: 'campaign creations (+ first view)', count: creations, unit: add(costs.creation, costs.panelAfterCreation) },
    { activity: 'daily reminder run', count: reminderRuns, unit: costs.reminders },
  ];
}

export const hourTotal = (lines: readonly HourLine[]): ActionCost => lines.reduce((t, l) => add(t, times(l.unit, l.count)), zero);

/** The same tenant with every person and activity (and its site) `k` times larger. */
export function scaled(p: TenantProfile, k: number): TenantProfile {
  return {
    ...p,
    siteUsers: p.siteUsers * k,
    pms: p.pms * k,
    approvers: p.approvers * k,
    viewers: p.viewers * k,
    activeCampaigns: p.activeCampaigns * k,
    edits: p.edits * k,
    decisions: p.decisions * k,
    creationsPerWeek: p.creationsPerWeek * k,
  };
}

/** The largest k (to 1 %) with `fits(k)` true, searched up to `max`; 0 when even the smallest tenant does not fit. */
export function largestFit(fits: (k: number) => boolean, max = 1_000): number {
  if (!fits(0.01)) return 0;
  if (fits(max)) return max;
  let lo = 0.01;
  let hi = max;
  while (hi - lo > 0.01 * lo) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** KVS units of the tenant's busiest minute: the busy hour's average minute × the peak factor. */
export function kvsPeakMinute(costs: ActionCosts, p: TenantProfile): { read: number; write: number } {
  const hour = hourTotal(busyHour(costs, p, 0));
  // The daily reminder run and a creation each happen within minutes; counted whole in the minute they run.
  const spikeReads = Math.max(costs.reminders.kvsReadUnits, costs.creation.kvsReadUnits);
  const spikeWrites = Math.max(costs.reminders.kvsWriteUnits, costs.creation.kvsWriteUnits);
  return {
    read: (hour.kvsReadUnits / 60) * p.kvsPeakMinuteFactor + spikeReads,
    write: (hour.kvsWriteUnits / 60) * p.kvsPeakMinuteFactor + spikeWrites,
  };
}

export interface TenantFit {
  /** Points per tenant in its busy hour: its own quota's view (reminder run inside) and the shared pool's. */
  pointsOwnHour: number;
  pointsSharedPool: number;
  tier1Tenants: number;
  /** Tier 2 quota of this tenant per edition, and the largest site (users) whose busy hour still fits in it. */
  tier2: Record<Edition, { quota: number; used: number; largestSiteUsers: number }>;
  kvs: { read: number; write: number; largestSiteUsers: number };
}

export function tenantFit(costs: ActionCosts, p: TenantProfile): TenantFit {
  const own = (q: TenantProfile): number => hourTotal(busyHour(costs, q, 1)).points;
  const pointsOwnHour = own(p);
  const pointsSharedPool = hourTotal(busyHour(costs, p, 1 / 24)).points;
  const tier2 = {} as TenantFit['tier2'];
  for (const edition of Object.keys(TIER2_EDITIONS) as Edition[]) {
    const quota = tier2Quota(edition, p.siteUsers);
    const k = largestFit((x) => own(scaled(p, x)) <= tier2Quota(edition, p.siteUsers * x));
    tier2[edition] = { quota, used: pointsOwnHour / quota, largestSiteUsers: Math.floor(k * p.siteUsers) };
  }
  const peak = kvsPeakMinute(costs, p);
  const kvsK = largestFit((x) => {
    const m = kvsPeakMinute(costs, scaled(p, x));
    return m.read <= KVS_READ_UNITS_PER_MINUTE && m.write <= KVS_WRITE_UNITS_PER_MINUTE;
  });
  return {
    pointsOwnHour,
    pointsSharedPool,
    tier1Tenants: tier1Tenants(pointsSharedPool),
    tier2,
    kvs: { ...peak, largestSiteUsers: Math.floor(kvsK * p.siteUsers) },
  };
}
