import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import type { CollisionView, GetCollisionsResult } from '../../contracts/collisions';
import { portfolioCollisions, type CampaignLaunch } from '../../domain/portfolio/collisions';
import type { PortfolioRollup } from '../../domain/portfolio/rollup';
import { collisionSettingsOf } from '../../domain/portfolio/settings';
import { collisionText, collisionWords } from '../../wording/catalog/collisions';
import { languageOf } from '../../wording/locale';
import type { ActingUser } from '../acting-user';
import { todayIn } from '../ports/clock';
import type { PortfolioSettingsStorePort } from '../ports/portfolio-settings';
import { visibleCampaigns, type GetPortfolioPorts } from './get-portfolio';
import { currentSettings } from './settings';

export interface GetCollisionsPorts extends GetPortfolioPorts {
  settings: Pick<PortfolioSettingsStorePort, 'get'>;
}

const day = (d: Date): string => format(d, 'yyyy-MM-dd');

/** At most this many collisions of each kind are answered (the earliest first); the rest are counted in `omitted`. */
export const MAX_COLLISIONS_PER_KIND = 200;

function capped<T extends { kind: string }>(all: readonly T[]): { kept: T[]; omitted: number } {
  const seen = new Map<string, number>();
  const kept = all.filter((c) => {
    const n = (seen.get(c.kind) ?? 0) + 1;
    seen.set(c.kind, n);
    return n <= MAX_COLLISIONS_PER_KIND;
  });
  return { kept, omitted: all.length - kept.length };
}

/**
 * A roll-up as the collision check takes it. Launches more than the window before today are history and left out;
 * so are sign-offs due in a week already over (a late gate still open counts in the current week's load only when
 * due in it).
 */
function launchOf(r: PortfolioRollup, thisWeek: string): CampaignLaunch {
  return {
    campaignKey: r.epicKey,
    name: r.name,
    projectKey: r.projectKey,
    launchDate: r.launchDate,
    audiences: r.audiences ?? [],
    channels: r.channels ?? [],
    gates: (r.gates ?? [])
      .filter((g) => g.dueDate >= thisWeek)
      .map((g) => ({ dueDate: g.dueDate, approverAccountIds: g.approvers.map((a) => a.accountId) })),
  };
}

/** Approvers' names as the roll-ups last knew them (a name missing everywhere stays unknown). */
function approverNames(rollups: readonly PortfolioRollup[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of rollups)
    for (const g of r.gates ?? []) for (const a of g.approvers) if (a.displayName !== '') names.set(a.accountId, a.displayName);
  return names;
}

/**
 * The launch collisions of the portfolio the user may see: two launches to the same audience or on the same channel
 * within the site's N days, launches inside a blackout window, approvers with more than M sign-offs due in one week.
 * Read from the app's storage exactly as `getPortfolio` reads it (index, one permission check as the user reused for
 * a minute, the visible projects' roll-ups) plus the site's settings: no Jira read of any campaign. Collisions are
 * found among the visible campaigns only, so each one names campaigns the reader may see, and none reveals a
 * campaign in a project they may not browse (an approver's load counts the gates of visible campaigns).
 */
export async function getCollisions(
  input: { projectKeys?: string[] | undefined; refresh?: boolean | undefined },
  user: ActingUser,
  ports: GetCollisionsPorts,
): Promise<GetCollisionsResult> {
  const now = ports.clock.now();
  const today = todayIn(ports.clock);
  const [{ rollups }, stored] = await Promise.all([visibleCampaigns(input, user, ports), currentSettings(ports.settings)]);
  const settings = collisionSettingsOf(stored);
  const since = day(addDays(parseISO(today), -settings.collisionWindowDays));
  const thisWeek = day(startOfISOWeek(parseISO(today)));
  const launches = rollups.filter((r) => r.launchDate >= since).map((r) => launchOf(r, thisWeek));
  const lang = languageOf(user.locale);
  const names = approverNames(rollups);
  const { kept, omitted } = capped(portfolioCollisions(launches, settings));
  const collisions = kept.map((c): CollisionView => {
    const text = collisionText(lang, c, names);
    return c.kind === 'approver_overload'
      ? { ...c, text, displayName: names.get(c.accountId) ?? collisionWords(lang).someApprover }
      : { ...c, text };
  });
  return {
    collisions,
    omitted,
    settings: {
      collisionWindowDays: stored.collisionWindowDays,
      approverWeeklyGateLimit: stored.approverWeeklyGateLimit,
      blackouts: stored.blackouts,
    },
    campaigns: launches.length,
    computedAt: now.toISOString(),
  };
}
