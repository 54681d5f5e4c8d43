import { computeCampaignPanel as computePanel, type ComputedPanel } from '../usecases/panel/compute-campaign-panel';
import { getCampaignPanel } from '../usecases/panel/get-campaign-panel';
import { campaignPanelPorts } from '../wiring/panel';
import { contractResolver, userOf, type CallerContext } from './define';

export type { ComputedPanel } from '../usecases/panel/compute-campaign-panel';

/**
 * Transitional, for `publishStatusReport` until it calls the use case `computeCampaignPanel`
 * (`src/usecases/panel/compute-campaign-panel.ts`) with its own ports: the same computation, wired here.
 */
export function computeCampaignPanel(issueKey: string, caller: CallerContext, options: { refresh: boolean; now: Date }): Promise<ComputedPanel> {
  return computePanel(issueKey, userOf(caller), options, campaignPanelPorts());
}

/** The campaign issue panel: the campaign of `issueKey` (or of the issue the panel is open on), computed on the server. */
export const getCampaignPanelResolver = contractResolver('getCampaignPanel', (input, caller) =>
  getCampaignPanel({ ...input, ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}) }, userOf(caller), campaignPanelPorts()),
);
