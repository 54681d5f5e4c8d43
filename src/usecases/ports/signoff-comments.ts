import type { DecisionCommentInput, ReminderCommentInput } from '../../domain/signoff';

export type CommentOutcome = { posted: true; commentId: string } | { posted: false; error: string };

/**
 * Posts sign-off comments on Jira, never twice (each carries a marker a retry looks for). `as` says whose name it
 * is posted in; `lookFirst` reads the newest comments before the first attempt (a crash may have come after it landed).
 */
export interface SignOffCommentsPort {
  postDecision(
    issueKey: string,
    comment: DecisionCommentInput,
    options: { as: 'user' | 'app'; lookFirst?: boolean },
  ): Promise<CommentOutcome>;
  postReminder(issueKey: string, reminder: ReminderCommentInput): Promise<CommentOutcome>;
}
