import { SignOffMirror, type CampaignRecord, type IsoDate, type PlanGate, type SignOffEntry } from '../../domain/model';
import { gateStates, mirrorOf, type GateState } from '../../domain/signoff';
import type { RetryGate } from '../http/retry';
import { clearCommentPending, listPendingComments, listSignOffEntries, markCommentPending } from '../storage/signoff-record';
import { gatesGuarding } from './signoff-campaign';
import { decisionComment, entryMarker, type Language } from './signoff-comment-adf';
import { postCommentOnce, type CommentOutcome } from './signoff-comments';
import { readSignOffMirror, writeSignOffMirror } from './signoff-mirror';
import { transitionGatedIssue } from './signoff-transitions';
import type { Actor } from './request';

/** A campaign's whole sign-off picture: its record and every gate's state, replayed from it. */
export interface CampaignSignOff {
  record: CampaignRecord;
  entries: SignOffEntry[];
  states: GateState[];
}

export function statesOf(record: CampaignRecord, entries: readonly SignOffEntry[], today: IsoDate): GateState[] {
  return gateStates({ gates: record.plan.gates, allEntries: entries, today, calendar: record.plan.holidayCalendar });
}

export async function loadCampaignSignOff(record: CampaignRecord, today: IsoDate): Promise<CampaignSignOff> {
  const entries = await listSignOffEntries(record.epicKey);
  return { record, entries, states: statesOf(record, entries, today) };
}

export const stateOfGate = (signOff: CampaignSignOff, gateId: string): GateState => {
  const state = signOff.states.find((s) => s.gateId === gateId);
  if (!state) throw new Error(`no state for gate ${gateId}`);
  return state;
};

/** The mirror the gated issue should carry, from the record. */
export function expectedMirror(signOff: CampaignSignOff, gatedKey: string, now: Date): SignOffMirror {
  const gates = gatesGuarding(signOff.record, gatedKey);
  const ids = new Set(gates.map((g) => g.gateId));
  const count = signOff.entries.filter((e) => ids.has(e.gateId)).length;
  return mirrorOf(gates, signOff.states, count, now);
}

/** Two mirrors say the same, whenever they were written. */
const sameMirror = (a: SignOffMirror, b: SignOffMirror): boolean =>
  JSON.stringify(SignOffMirror.parse({ ...a, updatedAt: '' })) === JSON.stringify(SignOffMirror.parse({ ...b, updatedAt: '' }));

/**
 * Writes the gated issue's `campaignSignoff` property from the record. With `onlyIfDiffers`, reads it first and
 * rewrites it only when it is missing, unreadable or says something else (hand-edited or lost). Answers whether it wrote.
 */
export async function syncMirror(signOff: CampaignSignOff, gatedKey: string, now: Date, retry: RetryGate, options: { onlyIfDiffers: boolean }): Promise<boolean> {
  if (gatesGuarding(signOff.record, gatedKey).length === 0) return false;
  const expected = expectedMirror(signOff, gatedKey, now);
  if (options.onlyIfDiffers) {
    const current = await readSignOffMirror(gatedKey, retry);
    if (current !== null && current !== 'invalid' && sameMirror(current, expected)) return false;
    if (current !== null) console.warn(`[campaign-control] the sign-off mirror of ${gatedKey} differed from the record; rewritten`);
  }
  await writeSignOffMirror(gatedKey, expected, retry);
  return true;
}

/** Every gate on the gated issue is approved: the work may move on. */
const allApproved = (signOff: CampaignSignOff, gates: readonly PlanGate[]): boolean => gates.every((g) => stateOfGate(signOff, g.gateId).state === 'approved');

/**
 * What a decision does to the gated issue's workflow (as the app): request changes sends it back to In Progress; the
 * approval of the last gate of its milestone applies the gate's `transitionOnApproval`. Answers the transition applied.
 */
export async function applyWorkflow(signOff: CampaignSignOff, gate: PlanGate, entry: SignOffEntry, retry: RetryGate): Promise<string | undefined> {
  const gatedKey = entry.gatedIssueKey;
  const state = stateOfGate(signOff, gate.gateId).state;
  if (entry.decision === 'request_changes' && state === 'changes_requested') {
    return (await transitionGatedIssue(gatedKey, { inProgress: true }, retry)) ?? undefined;
  }
  if (entry.decision === 'approve' && state === 'approved' && gate.transitionOnApproval && allApproved(signOff, gatesGuarding(signOff.record, gatedKey))) {
    return (await transitionGatedIssue(gatedKey, { nameOrStatus: gate.transitionOnApproval }, retry)) ?? undefined;
  }
  return undefined;
}

export interface CommentContext {
  signOff: CampaignSignOff;
  gate: PlanGate;
  entry: SignOffEntry;
  people: Readonly<Record<string, string>>;
  lang: Language;
}

const person = (people: Readonly<Record<string, string>>, accountId: string): { accountId: string; name: string } => ({ accountId, name: people[accountId] ?? accountId });

/** The decision's Jira comment (ADF with mentions of the PM and the approvers still pending). */
export function commentFor(ctx: CommentContext): ReturnType<typeof decisionComment> {
  const { signOff, gate, entry, people } = ctx;
  const state = stateOfGate(signOff, gate.gateId);
  return decisionComment({
    lang: ctx.lang,
    gateName: gate.name,
    actor: person(people, entry.actorAccountId),
    ...(entry.onBehalfOf ? { onBehalfOf: person(people, entry.onBehalfOf) } : {}),
    decision: entry.decision ?? 'approve',
    ...(entry.reason ? { reason: entry.reason } : {}),
    ...(entry.comment ? { comment: entry.comment } : {}),
    state: state.state,
    pending: state.pending.map((a) => person(people, a)),
    pm: signOff.record.createdBy ? person(people, signOff.record.createdBy) : null,
    entryId: entry.entryId,
  });
}

/**
 * Posts a decision's comment; when Jira keeps refusing, the decision stays recorded and a `comment-pending` marker
 * makes the next getSignOff or the daily job post it (the entry id in the comment prevents a double post).
 */
export async function postDecisionComment(ctx: CommentContext, as: Actor, retry: RetryGate, now: Date, options: { lookFirst?: boolean } = {}): Promise<CommentOutcome> {
  const { entry } = ctx;
  const outcome = await postCommentOnce(entry.gatedIssueKey, commentFor(ctx), entryMarker(entry.entryId), as, retry, options);
  if (outcome.posted) await clearCommentPending(entry.entryId);
  else
    await markCommentPending({ entryId: entry.entryId, epicKey: entry.epicKey, gateId: entry.gateId, gatedIssueKey: entry.gatedIssueKey, lastError: outcome.error, since: now.toISOString() });
  return outcome;
}

/** Posts (as the app) the decision comments of this campaign that are still owed; answers how many got posted. */
export async function repostPendingComments(signOff: CampaignSignOff, people: Readonly<Record<string, string>>, retry: RetryGate, now: Date): Promise<number> {
  const pending = await listPendingComments(signOff.record.epicKey);
  let posted = 0;
  for (const p of pending) {
    // Its decision's own invocation may still be posting it (and appending the entry); after its deadline it is over.
    if (p.postingUntil !== undefined && Date.parse(p.postingUntil) > now.getTime()) continue;
    const entry = signOff.entries.find((e) => e.entryId === p.entryId);
    const gate = signOff.record.plan.gates.find((g) => g.gateId === p.gateId);
    if (!entry || !gate) {
      await clearCommentPending(p.entryId);
      continue;
    }
    // A crash may have come after the comment landed and before the marker was cleared: look before posting.
    const outcome = await postDecisionComment({ signOff, gate, entry, people, lang: signOff.record.plan.language === 'fr' ? 'fr' : 'en' }, 'app', retry, now, { lookFirst: true });
    if (outcome.posted) posted++;
  }
  return posted;
}
