import type { Health } from '../../contracts/campaign-panel';
import type { CampaignsAtRiskAnswer, OverAllocationAnswer } from '../../contracts/rovo';
import type { ActingUser } from '../acting-user';
import { getPortfolio, type GetPortfolioPorts } from '../portfolio/get-portfolio';
import { getPortfolioCapacity, type PortfolioCapacityPorts } from '../portfolio/get-portfolio-capacity';
import { frameOf, healthView, issuePath } from './frame';

const SEVERITY: Record<Health, number> = { off_track: 0, at_risk: 1, on_track: 2 };

/**
 * "Which campaigns are at risk, and why?": the portfolio's rows (the campaigns in projects the user may browse, from
 * the app's roll-ups: the panel's own numbers) that are at risk or off track, worst first, then by launch.
 */
export async function campaignsAtRisk(
  input: { projectKey?: string | undefined },
  user: ActingUser,
  ports: GetPortfolioPorts,
): Promise<CampaignsAtRiskAnswer> {
  const view = await getPortfolio(input.projectKey ? { projectKeys: [input.projectKey] } : {}, user, ports);
  const risky = view.campaigns
    .filter((c) => c.health.level !== 'on_track')
    .sort((a, b) => SEVERITY[a.health.level] - SEVERITY[b.health.level] || a.launchDate.localeCompare(b.launchDate));
  return {
    ...frameOf(user),
    campaigns: risky.map((c) => ({
      key: c.campaignKey,
      name: c.name,
      projectKey: c.projectKey,
      launchDate: c.launchDate,
      forecastP85: c.forecastP85,
      // The portfolio worded the reasons already, in the same reader's language.
      health: { ...healthView(c.health.level, [], user, c.budget.currency), reasons: c.health.reasons },
      path: issuePath(c.campaignKey),
    })),
    visibleCampaigns: view.campaigns.length,
  };
}

/**
 * "Who is over-allocated, and when?": the capacity heatmap's people (work in campaigns the user may see; the load of
 * campaigns they may not see counts but is never named) with the weeks where they are over their capacity.
 */
export async function overAllocatedPeople(
  input: { projectKey?: string | undefined; weeks?: number | undefined },
  user: ActingUser,
  ports: PortfolioCapacityPorts,
): Promise<OverAllocationAnswer> {
  const view = await getPortfolioCapacity(
    { ...(input.projectKey ? { projectKeys: [input.projectKey] } : {}), ...(input.weeks ? { weeks: input.weeks } : {}) },
    user,
    ports,
  );
  const people = view.people
    .map((p) => ({
      accountId: p.accountId,
      displayName: p.displayName,
      weeks: p.weeks
        .filter((w) => w.level === 'over')
        .map((w) => ({ weekStart: w.weekStart, demandDays: w.demandDays, capacityDays: w.capacityDays, ratio: w.ratio, level: w.level })),
    }))
    .filter((p) => p.weeks.length > 0);
  return { ...frameOf(user), weeks: view.weeks, people };
}
