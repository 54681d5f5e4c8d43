import { getCampaignPanel } from '../usecases/panel/get-campaign-panel';
import { campaignPanelPorts } from '../wiring/panel';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The campaign issue panel: the campaign of `issueKey` (or of the issue the panel is open on), computed on the server. */
export const getCampaignPanelResolver = contractResolver('getCampaignPanel', (input, caller) =>
  getCampaignPanel(
    {
      ...input,
      ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}),
      ...(caller.projectKey ? { contextProjectKey: caller.projectKey } : {}),
    },
    userOf(caller),
    campaignPanelPorts(caller.accountId),
  ),
);
