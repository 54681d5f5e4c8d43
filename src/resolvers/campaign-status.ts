import { getCampaignStatus } from '../usecases/panel/get-campaign-status';
import { campaignPanelPorts } from '../wiring/panel';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The Confluence macro « Statut de campagne »: the configured campaign's compact status, as the viewer sees it. */
export const getCampaignStatusResolver = contractResolver('getCampaignStatus', (input, caller) =>
  getCampaignStatus(input, userOf(caller), campaignPanelPorts()),
);
