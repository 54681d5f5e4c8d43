import type { GetCampaignPanelResult } from '../../contracts/campaign-panel';
import { DomainError } from '../../domain/errors';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import type { ProjectGrantsPort } from '../ports/project-grants';
import { computeCampaignPanel, type CampaignPanelPorts } from './compute-campaign-panel';
import { askGrantsEarly, panelActionsOf } from './panel-actions';
import type { QuotaPort } from '../ports/quota';
import { withQuotaFallback } from './quota-panel';

export interface GetCampaignPanelPorts extends CampaignPanelPorts {
  clock: Clock;
  /** The user's grants in the campaign's project, for the actions the panel offers them. */
  grants: ProjectGrantsPort;
  /** Jira's points quota: nearly spent or paused, the panel of the context's issue comes from the stored snapshot. */
  quota?: QuotaPort;
}

/**
 * The campaign issue panel: the campaign of the payload's issue, else of the issue the panel is open on, computed on
 * the server as the user sees it (Jira's own visibility is the authorisation: every read is as the user).
 * It says which actions of its surfaces the user may take (`actions`, from the policy, with the reasons of refusals).
 * Errors: INVALID_INPUT `issueKey` outside an issue view without one; NOT_FOUND `issueKey` when it is not visible.
 */
export async function getCampaignPanel(
  input: { issueKey?: string; contextIssueKey?: string; contextProjectKey?: string; refresh?: boolean },
  user: ActingUser,
  ports: GetCampaignPanelPorts,
): Promise<GetCampaignPanelResult> {
  const issueKey = input.issueKey ?? input.contextIssueKey;
  if (!issueKey) throw new DomainError('INVALID_INPUT', { key: 'errors.issueKeyOutsideIssue' }, 'issueKey');
  // The issue panel's Forge context proves the viewer may browse the issue it is open on (not one a payload names).
  const proven = input.contextIssueKey !== undefined && issueKey === input.contextIssueKey;
  return withQuotaFallback(issueKey, proven, user, ports, async (): Promise<GetCampaignPanelResult> => {
    const early = askGrantsEarly(ports.grants, issueKey);
    // The Forge context (never the payload) says which issue the panel is open on: it proves that issue visible.
    const context = {
      ...(input.contextIssueKey ? { issueKey: input.contextIssueKey } : {}),
      ...(input.contextProjectKey ? { projectKey: input.contextProjectKey } : {}),
    };
    const computed = await computeCampaignPanel(
      issueKey,
      user,
      { refresh: input.refresh === true, now: ports.clock.now(), context },
      ports,
    );
    if (computed.kind === 'none') return { mode: 'none', issueKey };
    return { ...computed.panel, actions: await panelActionsOf(computed.loaded.record, user, ports.grants, early) };
  });
}
