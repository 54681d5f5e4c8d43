import type { Collision, CollisionCampaign } from '../../contracts/collisions';
import { targetingOf, type CampaignPlan } from '../../domain/model';
import { collisionsWith, type CampaignLaunch } from '../../domain/portfolio/collisions';
import { collisionSettingsOf } from '../../domain/portfolio/settings';
import type { PortfolioSettingsStorePort } from '../ports/portfolio-settings';
import type { ProjectGrantsPort } from '../ports/project-grants';
import { otherLaunches, type OtherCampaignWorkPorts } from './other-campaigns';
import { currentSettings } from './settings';

export interface PlanCollisionPorts extends OtherCampaignWorkPorts {
  /** The reader's grants, to hide the campaigns of projects they may not browse. */
  grants: ProjectGrantsPort;
  /** The site's settings (none: the defaults, 7 days and 3 sign-offs a week, no blackout). */
  portfolioSettings?: Pick<PortfolioSettingsStorePort, 'get'>;
}

/** The previewed plan's key while collisions are computed: no issue key looks like it. */
const DRAFT = '~plan';

const hidden = (c: CollisionCampaign): CollisionCampaign => ({
  campaignKey: '',
  name: '',
  projectKey: '',
  launchDate: c.launchDate,
  hidden: true,
});

function refsOf(c: Collision): CollisionCampaign[] {
  return c.kind === 'blackout' ? [c.campaign] : c.campaigns;
}

function mapRefs(c: Collision, f: (r: CollisionCampaign) => CollisionCampaign): Collision {
  switch (c.kind) {
    case 'blackout':
      return { ...c, campaign: f(c.campaign) };
    case 'approver_overload':
      return { ...c, campaigns: c.campaigns.map(f) };
    default:
      return { ...c, campaigns: [f(c.campaigns[0]), f(c.campaigns[1])] };
  }
}

/** The projects among `keys` the reader may browse (one `mypermissions` call each; a refusal or a failure hides). */
async function browsable(keys: readonly string[], grants: ProjectGrantsPort): Promise<Set<string>> {
  const seen = await Promise.all(keys.map(async (k) => ((await grants.grantsIn(k).catch(() => undefined))?.browse === true ? [k] : [])));
  return new Set(seen.flat());
}

/**
 * The launch collisions `plan` would take part in with every other campaign (app storage only): the same audience or
 * channel within the site's window, a blackout, an approver's overloaded week. The plan itself reads with key '';
 * a campaign in a project the reader may not browse is named by nothing but its launch date (`hidden`).
 * `replacing`: the campaign being re-planned, left out of the others.
 */
export async function collisionsOfPlan(
  plan: CampaignPlan,
  ports: PlanCollisionPorts,
  replacing: string | null = null,
): Promise<Collision[]> {
  const [others, settings] = await Promise.all([
    otherLaunches(replacing, ports),
    ports.portfolioSettings ? currentSettings(ports.portfolioSettings) : Promise.resolve(undefined),
  ]);
  const draft: CampaignLaunch = {
    campaignKey: DRAFT,
    name: plan.name,
    projectKey: plan.projectKey,
    launchDate: plan.launchDate,
    ...targetingOf(plan),
    gates: plan.gates.map((g) => ({ approverAccountIds: g.approverAccountIds, dueDate: g.dueDate })),
  };
  const found = collisionsWith(draft, others, settings ? collisionSettingsOf(settings) : undefined);
  const projects = [...new Set(found.flatMap(refsOf).map((r) => r.projectKey))].filter((k) => k !== plan.projectKey);
  const visible = await browsable(projects, ports.grants);
  visible.add(plan.projectKey);
  return found.map((c) =>
    mapRefs(c, (r) => (r.campaignKey === DRAFT ? { ...r, campaignKey: '' } : visible.has(r.projectKey) ? r : hidden(r))),
  );
}
