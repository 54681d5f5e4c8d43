import { getIssueOverview } from '../usecases/issues/get-issue-overview';
import { issueOverviewPorts } from '../wiring/issues';
import { contractResolver } from './define';

/** The issue the panel sits on and who is looking, both read as the user. */
export const issueOverviewResolver = contractResolver('getIssueOverview', (input, caller) =>
  getIssueOverview({ issueKey: input.issueKey, ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}) }, issueOverviewPorts()),
);
