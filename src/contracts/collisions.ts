import { z } from 'zod';
import { IsoDate } from '../domain/model';
import { ProjectKey } from './portfolio';

/**
 * Launch collisions across the portfolio (`src/domain/portfolio/collisions.ts`): two launches to the same audience or
 * on the same channel within the site's window, a launch inside a blackout window, an approver with more sign-offs
 * due in one ISO week than the site allows. Each names every campaign concerned, so the page links to them.
 */
export const CollisionCampaign = z
  .object({
    /** '' for the plan being previewed (not created yet) and for a campaign the reader may not see. */
    campaignKey: z.string(),
    name: z.string(),
    projectKey: z.string(),
    launchDate: IsoDate,
    /** A campaign in a project the reader may not browse: its key, name and project are blanked. */
    hidden: z.boolean().optional(),
  })
  .strict();
export type CollisionCampaign = z.infer<typeof CollisionCampaign>;

/** Two launches that share audiences (or channels) within `collisionWindowDays`; the earlier launch first. */
export const OverlapCollision = z
  .object({
    kind: z.enum(['audience_overlap', 'channel_overlap']),
    campaigns: z.tuple([CollisionCampaign, CollisionCampaign]),
    /** Slugs both launches share, in the first campaign's order. */
    shared: z.array(z.string()).min(1),
    /** Calendar days between the two launches (0: the same day). */
    daysApart: z.number().int().min(0),
  })
  .strict();
export type OverlapCollision = z.infer<typeof OverlapCollision>;

export const BlackoutCollision = z
  .object({
    kind: z.literal('blackout'),
    campaign: CollisionCampaign,
    blackout: z.object({ id: z.string(), name: z.string(), start: IsoDate, end: IsoDate }).strict(),
    /** The launch's channels the window freezes; empty when the window freezes every channel. */
    channels: z.array(z.string()),
  })
  .strict();
export type BlackoutCollision = z.infer<typeof BlackoutCollision>;

export const ApproverOverload = z
  .object({
    kind: z.literal('approver_overload'),
    accountId: z.string(),
    /** The ISO week (Monday to Sunday). */
    weekStart: IsoDate,
    weekEnd: IsoDate,
    /** Gates due that week for this approver, and the site's limit they exceed. */
    gates: z.number().int().min(1),
    limit: z.number().int().min(1),
    /** The campaigns of those gates, by launch date then key. */
    campaigns: z.array(CollisionCampaign).min(1),
  })
  .strict();
export type ApproverOverload = z.infer<typeof ApproverOverload>;

export const Collision = z.discriminatedUnion('kind', [
  OverlapCollision.extend({ kind: z.literal('audience_overlap') }),
  OverlapCollision.extend({ kind: z.literal('channel_overlap') }),
  BlackoutCollision,
  ApproverOverload,
]);
export type Collision = z.infer<typeof Collision>;

/**
 * `getCollisions` (`{projectKeys?, refresh?}`): the collisions among the campaigns the user may see (the portfolio's
 * visibility: Jira's bulk permission check, never the payload), each with its sentence in the reader's language. A
 * collision is listed only when the user may see every campaign it names: it is computed over the visible
 * campaigns alone, so nothing tells the reader that a campaign they may not see exists.
 */
export const GetCollisionsPayload = z
  .object({
    projectKeys: z.array(ProjectKey).max(100).optional(),
    refresh: z.boolean().optional(),
  })
  .strict();
export type GetCollisionsPayload = z.input<typeof GetCollisionsPayload>;

const Text = { text: z.string() };
/** A collision with its words (`text`) for the reader; an overloaded approver also with their name. */
export const CollisionView = z.discriminatedUnion('kind', [
  OverlapCollision.extend({ kind: z.literal('audience_overlap'), ...Text }),
  OverlapCollision.extend({ kind: z.literal('channel_overlap'), ...Text }),
  BlackoutCollision.extend(Text),
  ApproverOverload.extend({ ...Text, displayName: z.string() }),
]);
export type CollisionView = z.infer<typeof CollisionView>;

export const GetCollisionsResult = z
  .object({
    collisions: z.array(CollisionView),
    /** Collisions left out past the first 200 of a kind (the earliest are kept): 0 in any portfolio a person can act on. */
    omitted: z.number().int().min(0),
    /** The site's settings the collisions were found with (`getPortfolioSettings`). */
    settings: z
      .object({
        collisionWindowDays: z.number().int(),
        approverWeeklyGateLimit: z.number().int(),
        blackouts: z.array(
          z.object({ id: z.string(), name: z.string(), start: IsoDate, end: IsoDate, channels: z.array(z.string()) }).strict(),
        ),
      })
      .strict(),
    /** How many visible campaigns were checked. */
    campaigns: z.number().int(),
    computedAt: z.string(),
  })
  .strict();
export type GetCollisionsResult = z.infer<typeof GetCollisionsResult>;
