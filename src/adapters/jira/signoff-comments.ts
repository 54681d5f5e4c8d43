import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import type { CommentOutcome, SignOffCommentsPort } from '../../usecases/ports/signoff-comments';
import { decisionComment, entryMarker, reminderComment, type AdfDoc } from './signoff-comment-adf';
import { requestJira, type Actor } from './request';

const Created = z.object({ id: z.string() }).passthrough();
const Recent = z.object({ comments: z.array(z.object({ id: z.string(), body: z.unknown() }).passthrough()).default([]) }).passthrough();

/** Tries to post a comment at most this many times (each after the retry gate's backoff). */
export const COMMENT_ATTEMPTS = 3;
/** How many of the newest comments a retry reads to find one that landed although its answer was lost. */
const RECENT_COMMENTS = 20;

export type { CommentOutcome } from '../../usecases/ports/signoff-comments';

async function send(issueKey: string, body: AdfDoc, as: Actor, retry: RetryGate): Promise<string> {
  // The literal route and method on each call keep @forge/lint able to see it.
  const created =
    as === 'user'
      ? await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
          as: 'user',
          schema: Created,
          method: 'POST',
          body: { body },
          retry,
        })
      : await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
          as: 'app',
          schema: Created,
          method: 'POST',
          body: { body },
          retry,
        });
  return created.id;
}

/** A comment carrying `marker` among the newest ones, if an earlier attempt landed after all. */
async function findPosted(issueKey: string, marker: string, retry: RetryGate): Promise<string | undefined> {
  const recent = await requestJira(route`/rest/api/3/issue/${issueKey}/comment?orderBy=-created&maxResults=${RECENT_COMMENTS}`, {
    as: 'app',
    schema: Recent,
    retry,
  });
  return recent.comments.find((c) => JSON.stringify(c.body).includes(marker))?.id;
}

/**
 * Posts a comment without ever posting it twice: a comment is not idempotent, so after a refusal without an answer
 * we cannot trust (503, 429, no answer) the newest comments are read for `marker` before sending again. Answers
 * whether it was posted, and why not; permission and validation refusals are not retried.
 */
export async function postCommentOnce(
  issueKey: string,
  body: AdfDoc,
  marker: string,
  as: Actor,
  retry: RetryGate,
  options: { lookFirst?: boolean } = {},
): Promise<CommentOutcome> {
  let lastError = 'not attempted';
  for (let attempt = 0; attempt < COMMENT_ATTEMPTS; attempt++) {
    try {
      if (attempt > 0 || options.lookFirst) {
        const found = await findPosted(issueKey, marker, retry);
        if (found) return { posted: true, commentId: found };
      }
      return { posted: true, commentId: await send(issueKey, body, as, retry) };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      lastError = e.message;
      if (e.code !== 'TRY_AGAIN') return { posted: false, error: e.message };
    }
  }
  return { posted: false, error: lastError };
}

/** The sign-off comments port on Jira: renders the comment (ADF, mentions, FR/EN) and posts it once. */
export const jiraSignOffComments = (retry: RetryGate): SignOffCommentsPort => ({
  postDecision: (issueKey, comment, options) =>
    postCommentOnce(issueKey, decisionComment(comment), entryMarker(comment.entryId), options.as, retry, { lookFirst: options.lookFirst }),
  postReminder: (issueKey, reminder) => postCommentOnce(issueKey, reminderComment(reminder), `reminder ${reminder.date}`, 'app', retry),
});
