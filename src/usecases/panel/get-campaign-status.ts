import type { GetCampaignStatusResult } from '../../contracts/campaign-status';
import { campaignStatusOf } from '../../domain/macro/campaign-status';
import type { ActingUser } from '../acting-user';
import type { Clock } from '../ports/clock';
import { computeCampaignPanel, type CampaignPanelPorts } from './compute-campaign-panel';

export interface GetCampaignStatusPorts extends CampaignPanelPorts {
  clock: Clock;
}

/**
 * The compact status of the campaign of `issueKey` (the macro's configuration) as `user` sees it: the panel's own
 * computation (same roll-up, same stored forecast; a load never runs the Monte Carlo), then its compact view.
 * The key only says which campaign; every read is Jira's answer as the user. Errors: NOT_FOUND `issueKey` when
 * the user cannot see the issue.
 */
export async function getCampaignStatus(
  input: { issueKey: string },
  user: ActingUser,
  ports: GetCampaignStatusPorts,
): Promise<GetCampaignStatusResult> {
  const computed = await computeCampaignPanel(input.issueKey, user, { refresh: false, now: ports.clock.now() }, ports);
  if (computed.kind === 'none') return { mode: 'none', issueKey: input.issueKey };
  return campaignStatusOf(computed.panel, user.locale);
}
