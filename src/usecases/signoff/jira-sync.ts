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
 * makes the next getSignOff or the daily job post it (the entry id in the comment prevents a double post).
 */
export async function postDecisionComment(
  ports: DecisionCommentPorts,
  c: DecisionComment,
  as: 'user' | 'app',
  now: Date,
  options: { lookFirst?: boolean } = {},
): Promise<CommentOutcome> {
  const { entry } = c;
  const outcome = await ports.comments.postDecision(entry.gatedIssueKey, decisionCommentOf(c.signOff, c.gate, entry, c.people, c.lang), {
    as,
    ...options,
  });
  if (outcome.posted) await ports.signOffRecord.clearCommentPending(entry.entryId);
  else
    await ports.signOffRecord.markCommentPending({
      entryId: entry.entryId,
      epicKey: entry.epicKey,
      gateId: entry.gateId,
      gatedIssueKey: entry.gatedIssueKey,
      lastError: outcome.error,
      since: now.toISOString(),
      lang: c.lang,
    });
  return outcome;
}

/** Posts (as the app) the decision comments of this campaign that are still owed; answers how many got posted. */
export async function repostPendingComments(
  ports: DecisionCommentPorts,
  signOff: CampaignSignOff,
  people: Readonly<Record<string, string>>,
  now: Date,
): Promise<number> {
  const pending = await ports.signOffRecord.pendingComments(signOff.record.epicKey);
  let posted = 0;
  for (const p of pending) {
    // Its decision's own invocation may still be posting it (and appending the entry); after its deadline it is over.
    if (p.postingUntil !== undefined && Date.parse(p.postingUntil) > now.getTime()) continue;
    const entry = signOff.entries.find((e) => e.entryId === p.entryId);
    const gate = signOff.record.plan.gates.find((g) => g.gateId === p.gateId);
    if (!entry || !gate) {
      await ports.signOffRecord.clearCommentPending(p.entryId);
      continue;
    }
    // A crash may have come after the comment landed and before the marker was cleared: look before posting.
    // In the language of the person who decided (older markers do not say: the plan's then).
    const lang = p.lang ?? (signOff.record.plan.language === 'fr' ? 'fr' : 'en');
    const outcome = await postDecisionComment(ports, { signOff, gate, entry, people, lang }, 'app', now, { lookFirst: true });
    if (outcome.posted) posted++;
  }
  return posted;
}
