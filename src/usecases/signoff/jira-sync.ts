import type { PlanGate, SignOffEntry } from '../../domain/model';
import {
  decisionCommentOf,
  expectedMirror,
  gatesGuarding,
  sameMirror,
  workflowMoveOf,
  type CampaignSignOff,
  type Language,
} from '../../domain/signoff';
import type { CommentOutcome, SignOffCommentsPort } from '../ports/signoff-comments';
import type { SignOffMirrorPort } from '../ports/signoff-mirror';
import type { SignOffRecordPort } from '../ports/signoff-record';
import type { WorkflowPort } from '../ports/workflow';

/**
 * Writes the gated issue's `campaignSignoff` property from the record. With `onlyIfDiffers`, reads it first and
 * rewrites it only when it is missing, unreadable or says something else (hand-edited or lost). Answers whether it wrote.
 */
export async function syncMirror(
  mirror: SignOffMirrorPort,
  signOff: CampaignSignOff,
  gatedKey: string,
  now: Date,
  options: { onlyIfDiffers: boolean },
): Promise<boolean> {
  if (gatesGuarding(signOff.record, gatedKey).length === 0) return false;
  const expected = expectedMirror(signOff, gatedKey, now);
  if (options.onlyIfDiffers) {
    const current = await mirror.read(gatedKey);
    if (current !== null && current !== 'invalid' && sameMirror(current, expected)) return false;
    if (current !== null) console.warn(`[campaign-control] the sign-off mirror of ${gatedKey} differed from the record; rewritten`);
  }
  await mirror.write(gatedKey, expected);
  return true;
}

/** Applies what the decision does to the gated issue's workflow (as the app); answers the transition applied. */
export async function applyWorkflow(
  workflow: WorkflowPort,
  signOff: CampaignSignOff,
  gate: PlanGate,
  entry: SignOffEntry,
): Promise<string | undefined> {
  const target = workflowMoveOf(signOff, gate, entry);
  if (!target) return undefined;
  return (await workflow.transition(entry.gatedIssueKey, target)) ?? undefined;
}

export interface DecisionCommentPorts {
  comments: SignOffCommentsPort;
  signOffRecord: SignOffRecordPort;
}

export interface DecisionComment {
  signOff: CampaignSignOff;
  gate: PlanGate;
  entry: SignOffEntry;
  people: Readonly<Record<string, string>>;
  lang: Language;
}

/**
 * Posts a decision's comment; when Jira keeps refusing, the decision stays recorded and a `comment-pending` marker
 * makes the repair job post it (the entry id in the comment's property prevents a double post). With `stillOwed`,
 * a posted comment keeps the marker (saying why): the rest of the decision's Jira sync is owed, and the repair job
 * redoes it, finding the comment instead of posting it again.
 */
export async function postDecisionComment(
  ports: DecisionCommentPorts,
  c: DecisionComment,
  as: 'user' | 'app',
  now: Date,
  options: { lookFirst?: boolean; stillOwed?: string | undefined } = {},
): Promise<CommentOutcome> {
  const { entry } = c;
  const outcome = await ports.comments.postDecision(entry.gatedIssueKey, decisionCommentOf(c.signOff, c.gate, entry, c.people, c.lang), {
    as,
    ...(options.lookFirst ? { lookFirst: true } : {}),
  });
  const owed = outcome.posted ? options.stillOwed : outcome.error;
  if (owed === undefined) await ports.signOffRecord.clearCommentPending(entry.entryId);
  else
    await ports.signOffRecord.markCommentPending({
      entryId: entry.entryId,
      epicKey: entry.epicKey,
      gateId: entry.gateId,
      gatedIssueKey: entry.gatedIssueKey,
      lastError: owed,
      since: now.toISOString(),
      lang: c.lang,
    });
  return outcome;
}
