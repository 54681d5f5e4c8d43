import type { DecideSignOffResult } from '../../contracts/signoff';
import type { DecisionKind, SignOffEntry } from '../../domain/model';
import {
  contentHash,
  gatesGuarding,
  gateViewOf,
  languageOf,
  mayDecide,
  refusalError,
  stateOfGate,
  peopleOfSignOff,
  validateDecision,
  type CampaignSignOff,
  type SignOffIssue,
} from '../../domain/signoff';
import type { ActingUser } from '../acting-user';
import { applyWorkflow, postDecisionComment, syncMirror } from './jira-sync';
import { loadSignOff, openGate } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

/** Forge's resolver time limit: a decision's invocation is over by then. */
export const RESOLVER_LIMIT_MS = 25_000;

export type DecideSignOffPorts = Pick<
  SignOffPorts,
  'issues' | 'records' | 'signOffRecord' | 'people' | 'comments' | 'mirror' | 'workflow' | 'clock' | 'deadline'
>;

export interface DecideSignOffInput {
  issueKey: string;
  gateId: string;
  decision: DecisionKind;
  reason?: string;
  comment?: string;
}

export const contentOf = (issue: SignOffIssue): string =>
  contentHash({ summary: issue.summary, description: issue.description, attachments: issue.attachments });

/** How many times a decision rewrites its mirror when approvers decide at the same moment (then the repair job). */
const MIRROR_ROUNDS = 3;

/**
 * Writes the gated issue's mirror, then reads the record again (app storage, no Jira call): when someone else decided
 * on that issue meanwhile, our write may have landed after theirs with less in it, so it is written again. The last
 * writer always re-reads after its write, so concurrent decisions leave the mirror right without a view healing it.
 */
async function settleMirror(
  signOff: CampaignSignOff,
  gatedKey: string,
  now: Date,
  reload: () => Promise<CampaignSignOff>,
  ports: Pick<DecideSignOffPorts, 'mirror'>,
): Promise<boolean> {
  const guarding = new Set(gatesGuarding(signOff.record, gatedKey).map((g) => g.gateId));
  const count = (s: CampaignSignOff): number => s.entries.filter((e) => guarding.has(e.gateId)).length;
  let written = signOff;
  for (let round = 0; round < MIRROR_ROUNDS; round++) {
    await syncMirror(ports.mirror, written, gatedKey, now, { onlyIfDiffers: false });
    const latest = await reload();
    if (count(latest) === count(written)) return true;
    written = latest;
  }
  return false;
}

/**
 * An approver's decision: checked against the record and the gate at this moment, appended to the record, then
 * mirrored to Jira: the property (as the app), a comment (as the user) and any transition (as the app). Once recorded
 * the decision stands: a comment Jira refuses is owed (reported, posted later by the repair job), a mirror that fails
 * is rewritten by it, a move that fails is logged. Jira calls: the gated issue's read (as the user), the mirror, the
 * comment, and for a move the transitions' list and the move; names come from the app's cache.
 * Errors: those of `openGate` (NOT_FOUND / INVALID_INPUT on `issueKey` or `gateId`); FORBIDDEN (not an approver,
 * self-approval); INVALID_INPUT `gateId` (gate waiting or closed), `decision` (already decided), `reason`/`comment`.
 */
export async function decideSignOff(input: DecideSignOffInput, user: ActingUser, ports: DecideSignOffPorts): Promise<DecideSignOffResult> {
  const { now, today, record, gate, gated } = await openGate(input.issueKey, input.gateId, ports);
  const before = await loadSignOff(record, today, ports.signOffRecord);
  const may = mayDecide({
    gate,
    state: stateOfGate(before, gate.gateId),
    actorAccountId: user.accountId,
    gatedIssue: { key: gated.key, assigneeAccountId: gated.assigneeAccountId, reporterAccountId: gated.reporterAccountId },
    today,
    entries: before.entries.filter((e) => e.gateId === gate.gateId),
    decision: input.decision,
    gates: record.plan.gates,
  });
  if (!may.ok) throw refusalError(may);
  const text = validateDecision({ gate, decision: input.decision, reason: input.reason, comment: input.comment });
  if (!text.ok) throw refusalError(text);

  const entry: SignOffEntry = {
    entryId: ports.signOffRecord.newEntryId(now),
    epicKey: record.epicKey,
    gateId: gate.gateId,
    gatedIssueKey: gated.key,
    type: 'decision',
    actorAccountId: user.accountId,
    ...(may.onBehalfOf ? { onBehalfOf: may.onBehalfOf } : {}),
    decision: input.decision,
    ...(text.reason ? { reason: text.reason } : {}),
    ...(text.comment ? { comment: text.comment } : {}),
    at: now.toISOString(),
    contentHash: contentOf(gated),
  };
  // The comment is owed from here: if this invocation dies before posting it, the repair job posts it after our deadline.
  const postingUntil = new Date(
    ports.clock.now().getTime() + Math.min(ports.deadline.remainingMs(), RESOLVER_LIMIT_MS) + 1_000,
  ).toISOString();
  await ports.signOffRecord.markCommentPending({
    entryId: entry.entryId,
    epicKey: entry.epicKey,
    gateId: entry.gateId,
    gatedIssueKey: entry.gatedIssueKey,
    lastError: 'not posted yet',
    since: entry.at,
    postingUntil,
    lang: languageOf(user.locale),
  });
  await ports.signOffRecord.append(entry);

  // From here the decision stands; Jira is brought in step, and what fails is reported or repaired later. The mirror
  // goes first: while the comment is owed, the repair job rewrites the mirror too, so a kill between them loses neither.
  const after = await loadSignOff(record, today, ports.signOffRecord);
  const people = await ports.people.names(peopleOfSignOff(after));
  const mirrored = await settleMirror(after, gated.key, now, () => loadSignOff(record, today, ports.signOffRecord), ports).catch(
    (e: unknown) => {
      console.error(`[campaign-control] sign-off mirror of ${gated.key} not written; the repair job rewrites it`, e);
      return false;
    },
  );
  const comment = await postDecisionComment(ports, { signOff: after, gate, entry, people, lang: languageOf(user.locale) }, 'user', now, {
    stillOwed: mirrored ? undefined : 'mirror_not_written', // a reason code kept with the owed marker, for the logs
  });
  const transitioned = await applyWorkflow(ports.workflow, after, gate, entry).catch((e: unknown) => {
    console.error(`[campaign-control] could not move ${gated.key} after a sign-off decision`, e);
    return undefined;
  });
  return {
    gate: gateViewOf(after, gate, gated, people, user.accountId, today, user.locale),
    commentPosted: comment.posted,
    ...(comment.posted ? {} : { commentError: comment.error }),
    ...(transitioned ? { transitioned } : {}),
  };
}
