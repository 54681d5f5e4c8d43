/**
 * Every action the policy decides. Project-level actions need only the actor's Jira grants; campaign-level ones
 * also need the campaign's parties. Gate decisions and delegations have their own, richer rules
 * (`src/domain/signoff/may-decide.ts`, `may-delegate.ts`), which need the gate's state.
 */
export const PROJECT_ACTIONS = [
  'templates.view',
  'templates.edit',
  'roles.edit',
  'campaign.plan',
  'campaigns.list',
  'breakdown.create',
] as const;
export const CAMPAIGN_ACTIONS = [
  'campaign.view',
  'campaign.replan',
  'campaign.applyBrief',
  'kpi.manage',
  'report.publish',
  'signoff.export',
  'risk.manage',
] as const;

/** Actions on one person's own settings: the person themselves, or a project admin. */
export const PERSON_ACTIONS = ['capacity.edit'] as const;

export type PersonAction = (typeof PERSON_ACTIONS)[number];
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];
export type Action = ProjectAction | CampaignAction | PersonAction;

export const isCampaignAction = (action: Action): action is CampaignAction => (CAMPAIGN_ACTIONS as readonly string[]).includes(action);
