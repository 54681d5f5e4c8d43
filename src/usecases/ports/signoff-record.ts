import type { SignOffEntry } from '../../domain/model';

/** A decision whose Jira comment (or mirror) is still owed: the repair job (`repairSignOff`) brings it in step. */
export interface PendingComment {
  entryId: string;
  epicKey: string;
  gateId: string;
  gatedIssueKey: string;
  lastError: string;
  since: string;
  /** The deadline of the invocation still posting it: reposts wait until then. */
  postingUntil?: string;
  /** The language of the person who decided: the comment is written in it, whoever posts it. */
  lang?: 'en' | 'fr';
}

/** The append-only sign-off record in app storage, and its owed-comment markers. */
export interface SignOffRecordPort {
  entries(epicKey: string): Promise<SignOffEntry[]>;
  append(entry: SignOffEntry): Promise<void>;
  /** Sortable and unique (time, then randomness the adapter owns). */
  newEntryId(now: Date): string;
  markCommentPending(pending: PendingComment): Promise<void>;
  clearCommentPending(entryId: string): Promise<void>;
  /** Owed comments of one campaign, or of every campaign. */
  pendingComments(epicKey?: string): Promise<PendingComment[]>;
}
