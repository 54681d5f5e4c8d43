import type { RowProperty } from '../model';

/** What sign-off needs of an issue: who did the work, its content (for the hash), where it sits in a campaign. */
export interface SignOffIssue {
  id: string;
  key: string;
  summary: string;
  /** ADF, or null when empty. */
  description: unknown;
  attachments: string[];
  assigneeAccountId: string | null;
  reporterAccountId: string | null;
  status: string;
  /** The campaign epic: the issue itself for an epic, else its parent. */
  epicKey: string | null;
  row: RowProperty | null;
}
