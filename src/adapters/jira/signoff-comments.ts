import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import type { CommentOutcome, SignOffCommentsPort } from '../../usecases/ports/signoff-comments';
import { decisionComment, entryMarker, reminderComment, reminderMarker, type AdfDoc } from './signoff-comment-adf';
import { requestJira, type Actor } from './request';

const Created = z.object({ id: z.string() }).passthrough();
const Recent = z.object({ comments: z.array(z.object({ id: z.string(), body: z.unknown() }).passthrough()).default([]) }).passthrough();
const MarkerValue = z.object({ key: z.string(), value: z.object({ marker: z.string() }).passthrough() }).passthrough();

/**
 * The comment property that carries a comment's marker, out of its visible text: a retry reads it on the newest
 * comments to find one that landed although Jira's answer was lost.
 */
export const MARKER_PROPERTY = 'campaign-control.comment';

/** What makes a comment findable again: its marker (in the property) and a text of its body (to read few properties). */
export interface CommentMarker {
  marker: string;
  /** A text the comment's body holds (the gate's name): only comments holding it have their property read. */
  hint: string;
}

/** Tries to post a comment at most this many times (each after the retry gate's backoff). */
export const COMMENT_ATTEMPTS = 3;
/** How many of the newest comments a retry reads to find one that landed although its answer was lost. */
const RECENT_COMMENTS = 20;

export type { CommentOutcome } from '../../usecases/ports/signoff-comments';

async function send(issueKey: string, body: AdfDoc, marker: string, as: Actor, retry: RetryGate): Promise<string> {
  const payload = { body, properties: [{ key: MARKER_PROPERTY, value: { marker } }] };
  // The literal route and method on each call keep @forge/lint able to see it.
  const created =
    as === 'user'
      ? await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
          as: 'user',
          schema: Created,
          method: 'POST',
          body: payload,
          retry,
        })
      : await requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
          as: 'app',
          schema: Created,
          method: 'POST',
          body: payload,
          retry,
        });
  return created.id;
}

/** The marker property of comment `id`, or undefined when it has none (another app's or a person's comment). */
async function markerOf(id: string, retry: RetryGate): Promise<string | undefined> {
  try {
    const found = await requestJira(route`/rest/api/3/comment/${id}/properties/${MARKER_PROPERTY}`, {
      as: 'app',
      schema: MarkerValue,
      retry,
    });
    return found.value.marker;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return undefined;
    throw e;
  }
}

/** A comment carrying `marker` among the newest ones, if an earlier attempt landed after all. */
async function findPosted(issueKey: string, marker: CommentMarker, retry: RetryGate): Promise<string | undefined> {
  const recent = await requestJira(route`/rest/api/3/issue/${issueKey}/comment?orderBy=-created&maxResults=${RECENT_COMMENTS}`, {
    as: 'app',
    schema: Recent,
    retry,
  });
  const hint = JSON.stringify(marker.hint).slice(1, -1);
  for (const c of recent.comments.filter((x) => JSON.stringify(x.body).includes(hint))) {
    if ((await markerOf(c.id, retry)) === marker.marker) return c.id;
  }
  return undefined;
}

/**
 * Posts a comment without ever posting it twice: a comment is not idempotent, so after a refusal without an answer
 * we cannot trust (503, 429, no answer) the newest comments are read for `marker` (a comment property, never in the
 * visible text) before sending again. Answers
 * whether it was posted, and why not; permission and validation refusals are not retried.
 */
export async function postCommentOnce(
  issueKey: string,
  body: AdfDoc,
  marker: CommentMarker,
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
      return { posted: true, commentId: await send(issueKey, body, marker.marker, as, retry) };
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
    postCommentOnce(
      issueKey,
      decisionComment(comment, options.as),
      { marker: entryMarker(comment.entryId), hint: comment.gateName },
      options.as,
      retry,
      { lookFirst: options.lookFirst },
    ),
  postReminder: (issueKey, reminder) =>
    postCommentOnce(
      issueKey,
      reminderComment(reminder),
      { marker: reminderMarker(reminder.date), hint: reminder.gates[0]?.gateName ?? '' },
      'app',
      retry,
    ),
});
