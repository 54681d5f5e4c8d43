import type { GetCampaignPanelResult } from '../../contracts/campaign-panel';
import { DomainError } from '../../domain/errors';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import { computeCampaignPanel, type CampaignPanelPorts } from './compute-campaign-panel';

export interface GetCampaignPanelPorts extends CampaignPanelPorts {
  clock: Clock;
}

/**
 * The campaign issue panel: the campaign of the payload's issue, else of the issue the panel is open on, computed on
 * the server as the user sees it (Jira's own visibility is the authorisation: every read is as the user).
 * Errors: INVALID_INPUT `issueKey` outside an issue view without one; NOT_FOUND `issueKey` when it is not visible.
 */
export async function getCampaignPanel(
  input: { issueKey?: string; contextIssueKey?: string; refresh?: boolean },
  user: ActingUser,
  ports: GetCampaignPanelPorts,
): Promise<GetCampaignPanelResult> {
  const issueKey = input.issueKey ?? input.contextIssueKey;
  if (!issueKey) throw new DomainError('INVALID_INPUT', 'issueKey: is required outside an issue view', 'issueKey');
  const computed = await computeCampaignPanel(issueKey, user, { refresh: input.refresh === true, now: ports.clock.now() }, ports);
  return computed.kind === 'none' ? { mode: 'none', issueKey } : computed.panel;
}
