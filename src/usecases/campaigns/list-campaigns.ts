import { targetingOf } from '../../domain/model';
import type { ListCampaignsResult } from '../../contracts/campaign-planner';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { CampaignRecordIndexPort } from '../ports/campaign-record-index';
import type { IssueDatesPort } from '../ports/issue-dates';
import type { ProjectGrantsPort } from '../ports/project-grants';
import { campaignListActionsOf } from '../planning/planner-actions';
import { projectKeyOf, type ProjectScoped } from '../project-key';

export interface ListCampaignsPorts {
  grants: ProjectGrantsPort;
  index: CampaignRecordIndexPort;
  dates: IssueDatesPort;
}

/**
 * The campaigns created in a project whose epic the user can see, newest first (for re-plan and compare), each with
 * what the user may do on it (the policy's answer from the one grants call).
 * Errors: INVALID_INPUT `projectKey`; NOT_FOUND when the user cannot see the project (policy `campaigns.list`).
 */
export async function listCampaigns(input: ProjectScoped, user: ActingUser, ports: ListCampaignsPorts): Promise<ListCampaignsResult> {
  const projectKey = projectKeyOf(input);
  const actor = await authoriseProjectAction(ports.grants, user, projectKey, 'campaigns.list');
  const records = (await ports.index.all()).filter((r) => r.plan.projectKey === projectKey);
  // Storage is the app's; visibility is Jira's: only list epics this user can read.
  const visible = await ports.dates.read(records.map((r) => r.epicKey));
  return {
    campaigns: records
      .filter((r) => visible.has(r.epicKey))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((r) => ({
        epicKey: r.epicKey,
        name: r.plan.name,
        launchDate: r.plan.launchDate,
        budget: r.plan.budget,
        campaignLabel: r.plan.campaignLabel,
        createdAt: r.createdAt,
        ...targetingOf(r.plan),
        actions: campaignListActionsOf(actor, r, user),
        ...(r.plan.brief ? { briefTitle: r.plan.brief.title } : {}),
      })),
  };
}
