import { jiraIssueOverviewReader } from '../adapters/jira/issue-overview-reader';
import { portfolioStore } from '../adapters/storage/portfolio-store';
import type { PendingSignOffsPorts } from '../usecases/assistant/pending-signoffs';
import { campaignPanelPorts } from './panel';
import { portfolioPorts } from './portfolio';

export { campaignPanelPorts } from './panel';
export { portfolioCapacityPorts, portfolioPorts } from './portfolio';
export { publishStatusReportPorts } from './report';
export { suggestBreakdownPorts } from './breakdown';

/**
 * The acting user's Jira locale (`GET /rest/api/3/myself` as them): a Rovo action's context names the user but not
 * their language. Undefined when Jira does not say (the answer is then in English).
 */
export async function assistantLocale(): Promise<string | undefined> {
  try {
    return (await jiraIssueOverviewReader.myself()).locale ?? undefined;
  } catch (e) {
    console.warn('[campaign-control] could not read the user’s locale for a Rovo action', e);
    return undefined;
  }
}

/** "What waits for my sign-off": the portfolio's visibility and roll-ups, then the campaigns' panels. */
export const pendingSignOffsPorts = (): PendingSignOffsPorts => ({
  ...campaignPanelPorts(),
  ...portfolioPorts(),
  portfolio: portfolioStore,
});
