import type { CampaignTargeting } from '../../domain/model';

/** The epic's `campaignTargeting` issue property (indexed for JQL), written as the acting user. */
export interface TargetingPropertyPort {
  write(epicKey: string, targeting: CampaignTargeting): Promise<void>;
}
