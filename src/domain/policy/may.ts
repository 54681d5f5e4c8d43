import { CAMPAIGN_ACTIONS, isCampaignAction, type CampaignAction, type PersonAction, type ProjectAction } from './actions';
import type { Actor, CampaignParties } from './actor';
import type { PolicyDecision, RefusalCode, Role } from './decision';

/** The strongest role `actor` holds (in the campaign, when one is given). */
export function roleOf(actor: Actor, campaign?: CampaignParties): Role {
  const { grants } = actor;
  if (!grants.browse) return 'outsider';
  if (campaign?.pmAccountId === actor.accountId) return 'pm';
  if (grants.administer) return 'project_admin';
  if (campaign?.approverAccountIds.includes(actor.accountId)) return 'approver';
  if (grants.editIssues) return 'editor';
  if (grants.createIssues) return 'contributor';
  return 'viewer';
}

type Rule = { test: (actor: Actor, role: Role) => boolean; refusal: RefusalCode };

const browse: Rule = { test: () => true, refusal: 'cannot_browse' };
const PROJECT_RULES: Record<ProjectAction, Rule> = {
  'templates.view': browse,
  'campaigns.list': browse,
  'templates.edit': { test: (a) => a.grants.administer, refusal: 'needs_project_admin' },
  'roles.edit': { test: (a) => a.grants.administer, refusal: 'needs_project_admin' },
  'campaign.plan': { test: (a) => a.grants.createIssues, refusal: 'needs_create_issues' },
  'breakdown.create': { test: (a) => a.grants.createIssues, refusal: 'needs_create_issues' },
};

const pmOrAdmin = (role: Role): boolean => role === 'pm' || role === 'project_admin';
const CAMPAIGN_RULES: Record<CampaignAction, Rule> = {
  'campaign.view': browse,
  'campaign.replan': { test: (a) => a.grants.editIssues, refusal: 'needs_edit_issues' },
  'campaign.applyBrief': { test: (a) => a.grants.editIssues, refusal: 'needs_edit_issues' },
  'kpi.manage': { test: (a, role) => pmOrAdmin(role) || a.grants.administer, refusal: 'pm_or_admin_only' },
  'report.publish': { test: (a, role) => pmOrAdmin(role) || a.grants.administer, refusal: 'pm_or_admin_only' },
  'risk.manage': { test: (a, role) => pmOrAdmin(role) || a.grants.administer, refusal: 'pm_or_admin_only' },
  // An approver who is also the PM or an admin is still allowed: the strongest role does not hide the others.
  'signoff.export': {
    test: (a, role) => pmOrAdmin(role) || a.grants.administer || role === 'approver',
    refusal: 'pm_admin_or_approver_only',
  },
};

/**
 * May `actor` do `action` (on `campaign`, for campaign actions)? One place decides, for every resolver and every
 * surface: the UI shows the reason of a refusal instead of a button that would fail. Someone who cannot browse the
 * project gets NOT_FOUND, as Jira answers, so the app never reveals what exists.
 */
export function may(actor: Actor, action: ProjectAction): PolicyDecision;
export function may(actor: Actor, action: CampaignAction, campaign: CampaignParties): PolicyDecision;
export function may(actor: Actor, action: ProjectAction | CampaignAction, campaign?: CampaignParties): PolicyDecision {
  const role = roleOf(actor, campaign);
  if (!actor.grants.browse) return { allowed: false, code: 'NOT_FOUND', reason: 'cannot_browse', action, role };
  const rule = isCampaignAction(action) ? CAMPAIGN_RULES[action] : PROJECT_RULES[action];
  if (isCampaignAction(action) && !campaign) throw new Error(`may(${action}) needs the campaign's parties`);
  return rule.test(actor, role) ? { allowed: true, as: role } : { allowed: false, code: 'FORBIDDEN', reason: rule.refusal, action, role };
}

/**
 * May `actor` do `action` on the settings of the person `subjectAccountId` (their capacity)? The person always may
 * (provided they can see the project they act from), and so may the project's admins.
 */
export function mayOnPerson(actor: Actor, action: PersonAction, subjectAccountId: string): PolicyDecision {
  const role = roleOf(actor);
  if (!actor.grants.browse) return { allowed: false, code: 'NOT_FOUND', reason: 'cannot_browse', action, role };
  if (actor.accountId === subjectAccountId || actor.grants.administer) return { allowed: true, as: role };
  return { allowed: false, code: 'FORBIDDEN', reason: 'self_or_admin_only', action, role };
}

/** What the acting user may do on a campaign, for a UI to show only those actions (or their reasons). */
export function campaignAbilities(actor: Actor, campaign: CampaignParties): Record<CampaignAction, PolicyDecision> {
  const entries = CAMPAIGN_ACTIONS.map((action) => [action, may(actor, action, campaign)] as const);
  return Object.fromEntries(entries) as Record<CampaignAction, PolicyDecision>;
}
