import type { ReplanCampaignResult } from '../../contracts/campaign-planner';
import type { ActingUser } from '../acting-user';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import { campaignOf } from './campaign-of';
import { replanRecord, type ReplanRecordPorts } from './replan-record';

export interface ReplanCampaignPorts extends ReplanRecordPorts {
  records: CampaignRecordsPort;
}

/**
 * What a new launch date changes in a campaign (anyone who sees its epic), and with `apply` the change itself
 * (the policy's `campaign.replan`). Errors: NOT_FOUND `epicKey`; those of `replanRecord`.
 */
export async function replanCampaign(
  input: { epicKey: string; launchDate: string; apply?: boolean },
  user: ActingUser,
  ports: ReplanCampaignPorts,
): Promise<ReplanCampaignResult> {
  const record = await campaignOf(input.epicKey, ports);
  const { launchDate, changes, applied } = await replanRecord(
    record,
    { launchDate: input.launchDate, apply: input.apply === true },
    user,
    ports,
  );
  return { launchDate, changes, applied };
}
