import { DomainError } from '../domain/errors';
import { render, type Message } from '../wording/messages';
import {
  may,
  type Action,
  type Actor,
  type CampaignAction,
  type CampaignParties,
  type PolicyDecision,
  type ProjectAction,
} from '../domain/policy';
import type { ActingUser } from './acting-user';
import type { ProjectGrantsPort } from './ports/project-grants';

/** What each action is, in the words of a refusal ("… to plan a campaign"). */
export const DOING: Record<Action, string> = {
  'templates.view': 'see campaign templates',
  'templates.edit': 'copy or edit campaign templates',
  'roles.edit': 'change the default role mapping',
  'campaign.plan': 'plan a campaign',
  'campaigns.list': 'see its campaigns',
  'breakdown.create': 'break a goal down into tasks',
  'campaign.view': 'see this campaign',
  'campaign.replan': 're-plan this campaign',
  'campaign.applyBrief': 'apply brief changes to this campaign',
  'kpi.manage': 'manage KPI actuals',
  'report.publish': 'publish its report',
  'signoff.export': 'export its sign-off record',
  'risk.manage': 'edit its risk register',
  'capacity.edit': 'change this person’s capacity',
};

/**
 * The refusal of a policy decision as the error a use case throws, as a message of the wording module (worded in
 * the reader's locale by the envelope; `DOING` names the action, and the French catalogue translates it).
 */
export function refusalOf(decision: Extract<PolicyDecision, { allowed: false }>, projectKey: string, field?: string): DomainError {
  const error = (code: 'NOT_FOUND' | 'FORBIDDEN', message: string | Message): DomainError => new DomainError(code, message, field);
  const doing = DOING[decision.action];
  switch (decision.reason) {
    case 'cannot_browse':
      return error('NOT_FOUND', { key: 'errors.projectNotVisible', params: { projectKey } });
    case 'needs_create_issues':
      return error('FORBIDDEN', { key: 'errors.permissionNeeded', params: { permission: 'CREATE_ISSUES', projectKey, action: doing } });
    case 'needs_edit_issues':
      return error('FORBIDDEN', { key: 'errors.permissionNeeded', params: { permission: 'EDIT_ISSUES', projectKey, action: doing } });
    case 'needs_project_admin':
      return error('FORBIDDEN', {
        key: 'errors.permissionNeeded',
        params: { permission: 'ADMINISTER_PROJECTS', projectKey, action: doing },
      });
    case 'pm_or_admin_only':
      return error('FORBIDDEN', { key: 'errors.pmOrAdminOnly', params: { projectKey, action: doing } });
    case 'pm_admin_or_approver_only':
      return error('FORBIDDEN', { key: 'errors.pmAdminOrApproverOnly', params: { projectKey, action: doing } });
    case 'self_or_admin_only':
      return error('FORBIDDEN', { key: 'errors.selfOrAdminOnly', params: { projectKey, action: doing } });
  }
}

/**
 * Asks Jira for the user's grants in `projectKey` (one call) and the policy for `action`; throws its refusal,
 * naming `field` (the payload field the refusal is about) when given.
 */
export async function authoriseProjectAction(
  grants: ProjectGrantsPort,
  user: ActingUser,
  projectKey: string,
  action: ProjectAction,
  field?: string,
): Promise<Actor> {
  const actor: Actor = { accountId: user.accountId, grants: await grants.grantsIn(projectKey) };
  const decision = may(actor, action);
  if (!decision.allowed) throw refusalOf(decision, projectKey, field);
  return actor;
}

/** The same for an action on a campaign, whose parties (PM, approvers) come from its record. */
export async function authoriseCampaignAction(
  grants: ProjectGrantsPort,
  user: ActingUser,
  projectKey: string,
  action: CampaignAction,
  parties: CampaignParties,
  field?: string,
): Promise<Actor> {
  const actor: Actor = { accountId: user.accountId, grants: await grants.grantsIn(projectKey) };
  const decision = may(actor, action, parties);
  if (!decision.allowed) throw refusalOf(decision, projectKey, field);
  return actor;
}

/**
 * The policy's answer for `action` on a campaign without throwing, for a UI that shows a button or says why not:
 * allowed, or the refusal worded in the user's language.
 */
export async function campaignActionAllowed(
  grants: ProjectGrantsPort,
  user: ActingUser,
  projectKey: string,
  action: CampaignAction,
  parties: CampaignParties,
): Promise<{ allowed: boolean; refusal: string | null }> {
  const actor: Actor = { accountId: user.accountId, grants: await grants.grantsIn(projectKey) };
  const decision = may(actor, action, parties);
  if (decision.allowed) return { allowed: true, refusal: null };
  const error = refusalOf(decision, projectKey);
  return { allowed: false, refusal: error.wording ? render(user.locale, error.wording) : error.message };
}
