import type { CampaignPanel } from '../../contracts/campaign-panel';
import type { PendingSignOffsAnswer } from '../../contracts/rovo';
import { isDomainError } from '../../domain/errors';
import type { ActingUser } from '../acting-user';
import type { GetCampaignPanelPorts } from '../panel/get-campaign-panel';
import { visibleCampaigns, type GetPortfolioPorts } from '../portfolio/get-portfolio';
import { frameOf, issuePath } from './frame';
import { panelOf } from './panel-answers';

/** Campaigns read for one answer at most (each is a panel load as the user, from its stored roll-up). */
export const MAX_SIGNOFF_CAMPAIGNS = 10;

export type PendingSignOffsPorts = GetPortfolioPorts & GetCampaignPanelPorts;

/** A campaign's panel, or nothing when Jira hides its epic from the user although they may browse its project. */
async function visiblePanel(epicKey: string, user: ActingUser, ports: PendingSignOffsPorts): Promise<CampaignPanel | null> {
  try {
    return await panelOf(epicKey, user, ports);
  } catch (e) {
    if (isDomainError(e) && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/**
 * "What waits for my sign-off?": the open gates where the acting user (the action context's, never an input) is a
 * pending approver, in the campaigns they may see. The portfolio's roll-ups name each campaign's open gates and
 * their approvers, so only the campaigns where the user approves are read; each is read as its panel (the gate's
 * `canDecide`, the very rule that shows the panel's decision buttons).
 */
export async function pendingSignOffs(
  input: { projectKey?: string | undefined },
  user: ActingUser,
  ports: PendingSignOffsPorts,
): Promise<PendingSignOffsAnswer> {
  const { rollups } = await visibleCampaigns(input.projectKey ? { projectKeys: [input.projectKey] } : {}, user, ports);
  const mine = rollups
    .filter((r) => r.gates === undefined || r.gates.some((g) => g.approvers.some((a) => a.accountId === user.accountId)))
    .sort((a, b) => a.launchDate.localeCompare(b.launchDate))
    .slice(0, MAX_SIGNOFF_CAMPAIGNS);
  const signOffs: PendingSignOffsAnswer['signOffs'] = [];
  for (const r of mine) {
    const panel = await visiblePanel(r.epicKey, user, ports);
    if (!panel) continue;
    const campaign = {
      key: panel.campaign.epicKey,
      name: panel.campaign.name,
      launchDate: panel.campaign.launchDate,
      path: issuePath(panel.campaign.epicKey),
    };
    for (const g of panel.gates.filter((gate) => gate.canDecide))
      signOffs.push({
        campaign,
        gateId: g.gateId,
        gate: g.name,
        milestoneKey: g.milestoneKey,
        dueDate: g.dueDate,
        late: g.late,
        businessDaysLate: g.businessDaysLate,
        path: issuePath(g.milestoneKey ?? panel.campaign.epicKey),
      });
  }
  signOffs.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.campaign.key.localeCompare(b.campaign.key));
  return { ...frameOf(user), signOffs };
}
