/** What the `getIssueOverview` resolver returns. */
export interface IssueOverview {
  key: string;
  summary: string;
  status: string;
  /** Jira status category key: `new`, `indeterminate` or `done`. */
  statusCategory: string;
  issueType: string;
  assignee: { accountId: string; displayName: string } | null;
  dueDate: string | null;
  labels: string[];
}

export interface ActingUser {
  accountId: string;
  displayName: string;
  locale: string | null;
}

export interface OverviewResult {
  issue: IssueOverview | null;
  actingUser: ActingUser;
}

/** The envelope every Campaign Control resolver answers with (src/shared/result.ts). */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } };
