import type { PanelAction, PanelActions } from '../../contracts/campaign-panel';
import type { CampaignRecord } from '../../domain/model';
import { campaignAbilities, partiesOf, roleOf, type Actor, type CampaignAction, type PolicyDecision } from '../../domain/policy';
import { render } from '../../wording/messages';
import type { ActingUser } from '../acting-user';
import { refusalOf } from '../authorise';
import type { ProjectGrantsPort } from '../ports/project-grants';

/** The policy action behind each action a panel surface offers. */
const SURFACE_ACTIONS = {
  publishReport: 'report.publish',
  exportData: 'signoff.export',
  connectTool: 'kpi.manage',
  importCsv: 'kpi.manage',
  editRisks: 'risk.manage',
  replan: 'campaign.replan',
} as const satisfies Record<Exclude<keyof PanelActions, 'role'>, CampaignAction>;

/** The project key of an issue key (`MKT-12` → `MKT`). */
const projectOfIssue = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

/**
 * What `user` may do on the panel of `record`'s campaign, from the policy, each refusal worded in the user's locale.
 * `early` is the grants already asked for the panel issue's project (asked alongside the panel's own reads); they
 * count when the campaign lives in that project, else the campaign's project is asked.
 */
export async function panelActionsOf(
  record: CampaignRecord,
  user: ActingUser,
  grants: ProjectGrantsPort,
  early?: { projectKey: string; grants: Promise<Actor['grants']> },
): Promise<PanelActions> {
  const { projectKey } = record.plan;
  const actor: Actor = {
    accountId: user.accountId,
    grants: await (early?.projectKey === projectKey ? early.grants : grants.grantsIn(projectKey)),
  };
  const parties = partiesOf(record);
  const abilities = campaignAbilities(actor, parties);
  const word = (decision: PolicyDecision): PanelAction => {
    if (decision.allowed) return { allowed: true };
    const refusal = refusalOf(decision, projectKey);
    return { allowed: false, reason: refusal.wording ? render(user.locale, refusal.wording) : refusal.message };
  };
  const entries = Object.entries(SURFACE_ACTIONS).map(([surface, action]) => [surface, word(abilities[action])] as const);
  return { role: roleOf(actor, parties), ...(Object.fromEntries(entries) as Omit<PanelActions, 'role'>) };
}

/** Asks the grants of the panel issue's project now, so the panel's reads and this call run side by side. */
export function askGrantsEarly(grants: ProjectGrantsPort, issueKey: string): { projectKey: string; grants: Promise<Actor['grants']> } {
  const projectKey = projectOfIssue(issueKey);
  const asked = grants.grantsIn(projectKey);
  // A refusal here (a project the user cannot see) is handled when the answer is used, or dropped when it is not.
  void asked.catch(() => undefined);
  return { projectKey, grants: asked };
}
