import { listBriefs } from '../usecases/planning/list-briefs';
import { previewCampaign } from '../usecases/planning/preview-campaign';
import { saveRoleAssignments } from '../usecases/planning/save-role-assignments';
import { listBriefsPorts, previewCampaignPorts, saveRoleAssignmentsPorts } from '../wiring/planner';
import { scopeOf, userOf } from './caller-scope';
import { contractResolver } from './define';

/** Template + launch date + budget (+ brief, + the PM's edits) → the whole plan, checked, nothing created. */
export const previewCampaignResolver = contractResolver('previewCampaign', (input, caller) =>
  previewCampaign({ ...input, ...scopeOf(caller) }, userOf(caller), previewCampaignPorts()),
);

/** The pages of a Confluence space the caller can read, to pick a brief. */
export const listBriefsResolver = contractResolver('listBriefs', (input) => listBriefs(input, listBriefsPorts()));

/** Saves the role → people mapping as the project's default for the next plans (project admins). */
export const saveRoleAssignmentsResolver = contractResolver('saveRoleAssignments', (input, caller) =>
  saveRoleAssignments({ ...input, ...scopeOf(caller) }, userOf(caller), saveRoleAssignmentsPorts()),
);
