/** What `getIssueOverview` returns: the issue the panel sits on and who is looking, both read as that user. */
export interface IssueOverview {
  issue: {
    key: string;
    summary: string;
    status: string;
    /** Jira status category key: `new`, `indeterminate` or `done`. */
    statusCategory: string;
    issueType: string;
    assignee: { accountId: string; displayName: string } | null;
    dueDate: string | null;
    labels: string[];
  };
  actingUser: { accountId: string; displayName: string; locale: string | null };
}
