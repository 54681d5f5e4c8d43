import { applyLevelingProposal } from '../usecases/campaigns/apply-leveling';
import { compareWithBrief } from '../usecases/campaigns/compare-with-brief';
import { listCampaigns } from '../usecases/campaigns/list-campaigns';
import { replanCampaign } from '../usecases/campaigns/replan-campaign';
import { updateCampaignTargeting } from '../usecases/campaigns/update-targeting';
import {
  applyLevelingPorts,
  compareWithBriefPorts,
  listCampaignsPorts,
  replanCampaignPorts,
  updateTargetingPorts,
} from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { contractResolver } from './define';

/** Moves a campaign to a new launch date: the date changes, and with `apply` the open issues move (done work stays). */
export const replanCampaignResolver = contractResolver('replanCampaign', (input, caller) =>
  replanCampaign(input, userOf(caller), replanCampaignPorts()),
);

/** Applies one leveling proposal to a created campaign (a task's date or assignee, or the launch); idempotent. */
export const applyLevelingProposalResolver = contractResolver('applyLevelingProposal', (input, caller) =>
  applyLevelingProposal(input, userOf(caller), applyLevelingPorts()),
);

/** Differences between a campaign and its Confluence brief; accepted ones are applied. */
export const compareWithBriefResolver = contractResolver('compareWithBrief', (input, caller) =>
  compareWithBrief(input, userOf(caller), compareWithBriefPorts()),
);

/** The campaigns created in a project whose epic the caller can see, newest first (for re-plan and compare). */
export const listCampaignsResolver = contractResolver('listCampaigns', (input, caller) =>
  listCampaigns({ ...input, ...scopeOf(caller) }, userOf(caller), listCampaignsPorts()),
);

/** Changes a campaign's audiences and channels (record and the epic's `campaignTargeting` property); like re-plan. */
export const updateCampaignTargetingResolver = contractResolver('updateCampaignTargeting', (input, caller) =>
  updateCampaignTargeting(input, userOf(caller), updateTargetingPorts()),
);
