import { z } from 'zod';
import { computeCampaignPanel as computePanel, type ComputedPanel } from '../usecases/panel/compute-campaign-panel';
import { getCampaignPanel } from '../usecases/panel/get-campaign-panel';
import { campaignPanelPorts } from '../wiring/panel';
import { defineResolver, type CallerContext } from './define';

export type { ComputedPanel } from '../usecases/panel/compute-campaign-panel';

const GetCampaignPanelPayload = z
  .object({
    issueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'must be an issue key like MKT-12').optional(),
    /** Re-read the whole campaign from Jira instead of the stored roll-up. */
    refresh: z.boolean().optional(),
  })
  .strict();

/**
 * Transitional, for `publishStatusReport` until it calls the use case `computeCampaignPanel`
 * (`src/usecases/panel/compute-campaign-panel.ts`) with its own ports: the same computation, wired here.
 */
export function computeCampaignPanel(issueKey: string, caller: CallerContext, options: { refresh: boolean; now: Date }): Promise<ComputedPanel> {
  return computePanel(issueKey, { accountId: caller.accountId, ...(caller.locale ? { locale: caller.locale } : {}) }, options, campaignPanelPorts());
}

/** The campaign issue panel: the campaign of `issueKey` (or of the issue the panel is open on), computed on the server. */
export const getCampaignPanelResolver = defineResolver(GetCampaignPanelPayload, (input, caller) =>
  getCampaignPanel({ ...input, ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}) }, { accountId: caller.accountId, ...(caller.locale ? { locale: caller.locale } : {}) }, campaignPanelPorts()),
);
