import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { BlackoutCollision, Collision, CollisionCampaign, OverlapCollision, ApproverOverload } from '../../contracts/collisions';

/** A campaign as the collision check needs it: its launch, whom it speaks to and through what, and its sign-offs. */
export interface CampaignLaunch {
  campaignKey: string;
  name: string;
  projectKey: string;
  launchDate: string;
  audiences: readonly string[];
  channels: readonly string[];
  gates: readonly { approverAccountIds: readonly string[]; dueDate: string }[];
}

/** A window when nothing launches (on the channels it names; none named = every channel), dates inclusive. */
export interface Blackout {
  id: string;
  name: string;
  start: string;
  end: string;
  channels?: readonly string[];
}

/** What a site sets (`getPortfolioSettings`): the collision window N, the weekly gate limit M, the blackouts. */
export interface CollisionSettings {
  collisionWindowDays: number;
  approverWeeklyGateLimit: number;
  blackouts: readonly Blackout[];
}

export const DEFAULT_COLLISION_SETTINGS: CollisionSettings = { collisionWindowDays: 7, approverWeeklyGateLimit: 3, blackouts: [] };

const KIND_ORDER: Record<Collision['kind'], number> = { audience_overlap: 0, channel_overlap: 1, blackout: 2, approver_overload: 3 };

const refOf = (c: CampaignLaunch): CollisionCampaign => ({
  campaignKey: c.campaignKey,
  name: c.name,
  projectKey: c.projectKey,
  launchDate: c.launchDate,
});

/** Earlier launch first, then by key: the order every list of campaigns here follows. */
const byLaunch = (a: CollisionCampaign, b: CollisionCampaign): number =>
  a.launchDate.localeCompare(b.launchDate) || a.campaignKey.localeCompare(b.campaignKey);

const sharedIn = (a: readonly string[], b: readonly string[]): string[] => [...new Set(a.filter((x) => b.includes(x)))];

/** Every pair of launches at most `window` calendar days apart (inclusive) that share audiences, and those sharing channels. */
function overlaps(campaigns: readonly CampaignLaunch[], window: number): OverlapCollision[] {
  const sorted = [...campaigns].sort((a, b) => byLaunch(refOf(a), refOf(b)));
  const out: OverlapCollision[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      if (!a || !b || a.campaignKey === b.campaignKey) continue;
      const daysApart = differenceInCalendarDays(parseISO(b.launchDate), parseISO(a.launchDate));
      if (daysApart > window) break;
      const pair: [CollisionCampaign, CollisionCampaign] = [refOf(a), refOf(b)];
      const audiences = sharedIn(a.audiences, b.audiences);
      const channels = sharedIn(a.channels, b.channels);
      if (audiences.length > 0) out.push({ kind: 'audience_overlap', campaigns: pair, shared: audiences, daysApart });
      if (channels.length > 0) out.push({ kind: 'channel_overlap', campaigns: pair, shared: channels, daysApart });
    }
  }
  return out;
}

/** Launches inside a blackout window; a window that names channels freezes only launches on one of them. */
function blackouts(campaigns: readonly CampaignLaunch[], windows: readonly Blackout[]): BlackoutCollision[] {
  return windows.flatMap((w) =>
    campaigns.flatMap((c): BlackoutCollision[] => {
      if (c.launchDate < w.start || c.launchDate > w.end) return [];
      const frozen = w.channels ?? [];
      const channels = frozen.length === 0 ? [] : sharedIn(c.channels, frozen);
      if (frozen.length > 0 && channels.length === 0) return [];
      return [{ kind: 'blackout', campaign: refOf(c), blackout: { id: w.id, name: w.name, start: w.start, end: w.end }, channels }];
    }),
  );
}

const day = (d: Date): string => format(d, 'yyyy-MM-dd');

/** Approvers with more than `limit` gates due in one ISO week (Monday to Sunday), across every campaign. */
function approverOverloads(campaigns: readonly CampaignLaunch[], limit: number): ApproverOverload[] {
  const weeks = new Map<string, { accountId: string; weekStart: string; gates: number; campaigns: Map<string, CollisionCampaign> }>();
  for (const c of campaigns) {
    for (const gate of c.gates) {
      const weekStart = day(startOfISOWeek(parseISO(gate.dueDate)));
      for (const accountId of new Set(gate.approverAccountIds)) {
        const id = `${accountId}\u0000${weekStart}`;
        const week = weeks.get(id) ?? { accountId, weekStart, gates: 0, campaigns: new Map<string, CollisionCampaign>() };
        week.gates += 1;
        week.campaigns.set(c.campaignKey, refOf(c));
        weeks.set(id, week);
      }
    }
  }
  return [...weeks.values()]
    .filter((w) => w.gates > limit)
    .map((w) => ({
      kind: 'approver_overload',
      accountId: w.accountId,
      weekStart: w.weekStart,
      weekEnd: day(addDays(parseISO(w.weekStart), 6)),
      gates: w.gates,
      limit,
      campaigns: [...w.campaigns.values()].sort(byLaunch),
    }));
}

/** The date a collision is about, for ordering: the first launch, the launch, or the week. */
function dateOf(c: Collision): string {
  if (c.kind === 'blackout') return c.campaign.launchDate;
  if (c.kind === 'approver_overload') return c.weekStart;
  return c.campaigns[0].launchDate;
}

function tieBreak(c: Collision): string {
  if (c.kind === 'blackout') return `${c.campaign.campaignKey} ${c.blackout.id}`;
  if (c.kind === 'approver_overload') return c.accountId;
  return `${c.campaigns[0].campaignKey} ${c.campaigns[1].campaignKey}`;
}

const compare = (a: Collision, b: Collision): number =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || dateOf(a).localeCompare(dateOf(b)) || tieBreak(a).localeCompare(tieBreak(b));

/**
 * Every collision of the portfolio: audience and channel overlaps (one entry per pair of launches and kind), launches
 * in blackout windows, overloaded approvers. Campaigns collide across projects too: the audience is the same people.
 * Ordered by kind (as listed), then date, then campaign keys (or approver), so the same portfolio always reads alike.
 */
export function portfolioCollisions(
  campaigns: readonly CampaignLaunch[],
  settings: CollisionSettings = DEFAULT_COLLISION_SETTINGS,
): Collision[] {
  return [
    ...overlaps(campaigns, settings.collisionWindowDays),
    ...blackouts(campaigns, settings.blackouts),
    ...approverOverloads(campaigns, settings.approverWeeklyGateLimit),
  ].sort(compare);
}

const involves = (c: Collision, key: string): boolean => {
  if (c.kind === 'blackout') return c.campaign.campaignKey === key;
  return c.campaigns.some((x) => x.campaignKey === key);
};

/**
 * The collisions one campaign takes part in among the others (the planner's preview of a new campaign, whose key is
 * any placeholder none of the others has): the portfolio's collisions that name it.
 */
export function collisionsWith(
  campaign: CampaignLaunch,
  others: readonly CampaignLaunch[],
  settings: CollisionSettings = DEFAULT_COLLISION_SETTINGS,
): Collision[] {
  const rest = others.filter((o) => o.campaignKey !== campaign.campaignKey);
  return portfolioCollisions([campaign, ...rest], settings).filter((c) => involves(c, campaign.campaignKey));
}
