import { z } from 'zod';
import { problemText } from '../../wording/catalog/problems';

/**
 * Who a campaign speaks to and through what: audience and channel slugs (`existing-customers`, `email`), worded for
 * people by the wording module (`wording/catalog/audiences.ts`, `channels.ts`). Set at planning (template, brief or
 * the PM), kept in the plan of the campaign record, mirrored on the epic as the `campaignTargeting` issue property
 * (indexed for JQL: `issue.property[campaignTargeting].channels = email`), and editable later.
 */
export const TargetSlug = z
  .string()
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, problemText('targetSlug'));

export const MAX_TARGETS = 20;

/** A list of slugs (the domain keeps each once, in the order given: `uniqueSlugs`). */
export const TargetSlugs = z.array(TargetSlug).max(MAX_TARGETS);

export const uniqueSlugs = (slugs: readonly string[]): string[] => [...new Set(slugs)].slice(0, MAX_TARGETS);

export const CampaignTargeting = z.object({ audiences: TargetSlugs, channels: TargetSlugs }).strict();
export type CampaignTargeting = z.infer<typeof CampaignTargeting>;

/** The epic's issue property that holds the targeting, indexed by the manifest's `jira:entityProperty`. */
export const TARGETING_PROPERTY_KEY = 'campaignTargeting';

/** A plan's targeting (plans made before targeting existed have none). */
export const targetingOf = (plan: { audiences?: readonly string[]; channels?: readonly string[] }): CampaignTargeting => ({
  audiences: uniqueSlugs(plan.audiences ?? []),
  channels: uniqueSlugs(plan.channels ?? []),
});
