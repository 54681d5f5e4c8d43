import type { CampaignSummary, PlannerActions } from '../../contracts/campaign-planner';
import type { PanelAction } from '../../contracts/panel-actions';
import type { CampaignRecord } from '../../domain/model';
import { may, partiesOf, roleOf, type Actor, type PolicyDecision } from '../../domain/policy';
import { render } from '../../wording/messages';
import type { ActingUser } from '../acting-user';
import { refusalOf } from '../authorise';

/** A policy decision as a surface shows it: allowed, or the refusal worded in the user's locale. */
export function wordedAction(decision: PolicyDecision, projectKey: string, user: ActingUser): PanelAction {
  if (decision.allowed) return { allowed: true };
  const refusal = refusalOf(decision, projectKey);
  return { allowed: false, reason: refusal.wording ? render(user.locale, refusal.wording) : refusal.message };
}

/**
 * What `actor` may do on the planner page of `projectKey` (the grants already asked by the load), for the page to
 * offer only those actions; the resolvers still ask the policy themselves on every call.
 */
export function plannerActionsOf(actor: Actor, projectKey: string, user: ActingUser): PlannerActions {
  const word = (decision: PolicyDecision): PanelAction => wordedAction(decision, projectKey, user);
  return {
    role: roleOf(actor),
    planCampaign: word(may(actor, 'campaign.plan')),
    editTemplates: word(may(actor, 'templates.edit')),
    editRoles: word(may(actor, 'roles.edit')),
  };
}

/** What `actor` may do on one created campaign from the planner's campaigns view (re-plan, take brief values). */
export function campaignListActionsOf(actor: Actor, record: CampaignRecord, user: ActingUser): CampaignSummary['actions'] {
  const parties = partiesOf(record);
  const { projectKey } = record.plan;
  return {
    replan: wordedAction(may(actor, 'campaign.replan', parties), projectKey, user),
    applyBrief: wordedAction(may(actor, 'campaign.applyBrief', parties), projectKey, user),
  };
}
