import type { IssueOverview } from '../../contracts/issue-overview';

/** Reads, as the acting user, the issue a panel sits on and the user themself (Jira hides what they cannot see). */
export interface IssueOverviewReaderPort {
  issue(issueKey: string): Promise<IssueOverview['issue']>;
  myself(): Promise<IssueOverview['actingUser']>;
}
