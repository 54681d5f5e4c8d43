/** Edits an issue's fields as the acting user (Jira refuses what they may not edit). */
export interface IssueFieldWriterPort {
  update(issueKey: string, fields: Record<string, unknown>): Promise<void>;
}
