/** The issue a breakdown starts from, as the user sees it. */
export interface GoalIssue {
  key: string;
  summary: string;
  /** ADF, or null. */
  description: unknown;
  dueDate: string | null;
  parentKey: string | null;
  projectKey: string;
}

/** Reads an issue as the user (one they cannot see is NOT_FOUND). */
export interface GoalIssuesPort {
  read(issueKey: string): Promise<GoalIssue>;
}
