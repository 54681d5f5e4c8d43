import { z } from 'zod';
import { IsoDate } from '../domain/model';

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
