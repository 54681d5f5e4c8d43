import { z } from 'zod';
import { TargetSlugs } from '../domain/model';
import { IssueKey } from './fields';

/** Audiences and channels of a campaign (slugs, worded by the page through `wording/catalog/audiences.ts`, `channels.ts`). */

export const UpdateCampaignTargetingPayload = z
  .object({
    /** The campaign's epic. */
    issueKey: IssueKey,
    audiences: TargetSlugs,
    channels: TargetSlugs,
  })
  .strict();
export type UpdateCampaignTargetingPayload = z.input<typeof UpdateCampaignTargetingPayload>;

export const UpdateCampaignTargetingResult = z
  .object({
    issueKey: z.string(),
    /** As stored: each slug once, in the order given. */
    audiences: z.array(z.string()),
    channels: z.array(z.string()),
  })
  .strict();
export type UpdateCampaignTargetingResult = z.infer<typeof UpdateCampaignTargetingResult>;
