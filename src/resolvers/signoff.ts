import { formatISO } from 'date-fns';
import type { SignOffGateView } from '../contracts/signoff';
import { forgeRemainingMs, RetryGate } from '../adapters/http/retry';
import { myProjectPermissions } from '../adapters/jira/permissions';
import { campaignOf, gatedKeyOf, gateFromIssue, gatesOfIssue } from '../adapters/jira/signoff-campaign';
import { languageOf } from '../adapters/jira/signoff-comment-adf';
import { readGatedIssueAsUser, type GatedIssue } from '../adapters/jira/signoff-gated-issue';
import { gateView, recordLine } from '../adapters/jira/signoff-gate-view';
import { peopleNames } from '../adapters/jira/signoff-people';
import { applyWorkflow, loadCampaignSignOff, postDecisionComment, repostPendingComments, stateOfGate, syncMirror, type CampaignSignOff } from '../adapters/jira/signoff-sync';
import { appendSignOffEntry, markCommentPending, newEntryId } from '../adapters/storage/signoff-record';
import type { IsoDate, CampaignRecord, PlanGate, SignOffEntry } from '../domain/model';
import { contentHash, mayDecide, mayDelegate, recordCsv, refusalError, validateDecision } from '../domain/signoff';
import { AppError } from '../shared/result';
import { contractResolver, type CallerContext } from './define';

/** Forge's resolver time limit: a decision's invocation is over by then. */
const RESOLVER_LIMIT_MS = 25_000;

const todayOf = (now: Date): IsoDate => formatISO(now, { representation: 'date' });

/** Reads an issue as the acting user; gone or invisible is NOT_FOUND on `field`, like Jira's 404. */
async function readIssue(issueKey: string, field: string, retry: RetryGate): Promise<GatedIssue> {
  try {
    return await readGatedIssueAsUser(issueKey, retry);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', `${field}: ${issueKey} does not exist or you do not have permission to see it`, field);
    throw e;
  }
}

async function campaignOrFail(issue: GatedIssue): Promise<CampaignRecord> {
  const record = await campaignOf(issue);
  if (!record) throw new AppError('NOT_FOUND', `issueKey: ${issue.key} is not part of a campaign created with Campaign Control`, 'issueKey');
  return record;
}

/** The gate's gated work, read as the user (the issue asked about when it is that work). */
async function gatedIssueOf(record: CampaignRecord, gate: PlanGate, asked: GatedIssue, retry: RetryGate): Promise<GatedIssue> {
  const key = gatedKeyOf(record, gate);
  return key === asked.key ? asked : readIssue(key, 'issueKey', retry);
}

/** What deciding or delegating on a gate starts from, read at this moment as the acting user. */
async function openGate(issueKey: string, gateId: string): Promise<{ now: Date; today: IsoDate; retry: RetryGate; record: CampaignRecord; gate: PlanGate; gated: GatedIssue }> {
  const now = new Date();
  const retry = new RetryGate();
  const issue = await readIssue(issueKey, 'issueKey', retry);
  const record = await campaignOrFail(issue);
  const gate = gateFromIssue(record, issue, gateId);
  const gated = await gatedIssueOf(record, gate, issue, retry);
  return { now, today: todayOf(now), retry, record, gate, gated };
}

function viewOf(signOff: CampaignSignOff, gate: PlanGate, gated: GatedIssue | null, people: Record<string, string>, caller: CallerContext, today: IsoDate): SignOffGateView {
  return gateView({
    record: signOff.record,
    gate,
    state: stateOfGate(signOff, gate.gateId),
    entries: signOff.entries.filter((e) => e.gateId === gate.gateId),
    people,
    actorAccountId: caller.accountId,
    gatedIssue: gated,
    today,
  });
}

const contentOf = (issue: GatedIssue): string => contentHash({ summary: issue.summary, description: issue.description, attachments: issue.attachments });

/** The sign-off of an issue: its milestone's gates (every gate on the epic), what the user may do, the record. */
export const getSignOffResolver = contractResolver('getSignOff', async (input, caller) => {
  const issueKey = input.issueKey ?? caller.issueKey;
  if (!issueKey) throw new AppError('INVALID_INPUT', 'issueKey: is required outside an issue view', 'issueKey');
  const now = new Date();
  const today = todayOf(now);
  const retry = new RetryGate();
  const issue = await readIssue(issueKey, 'issueKey', retry);
  const record = await campaignOf(issue);
  if (!record) return { issueKey, epicKey: null, gates: [] };
  const gates = gatesOfIssue(record, issue);
  const [signOff, people] = await Promise.all([loadCampaignSignOff(record, today), peopleNames('user', retry)]);
  const gatedKeys = [...new Set(gates.map((g) => record.issueKeys[g.milestoneRowId]).filter((k): k is string => k !== undefined))];
  const readable = (key: string): Promise<GatedIssue | null> =>
    key === issue.key ? Promise.resolve(issue) : readGatedIssueAsUser(key, retry).catch((e: unknown) => (e instanceof AppError && e.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  const gatedIssues = new Map(await Promise.all(gatedKeys.map(async (key) => [key, await readable(key)] as const)));
  // Self-healing: owed decision comments and mirrors that were edited or lost are put right from the record.
  await repostPendingComments(signOff, people, retry, now);
  for (const key of gatedKeys) if (gatedIssues.get(key)) await syncMirror(signOff, key, now, retry, { onlyIfDiffers: true });
  return {
    issueKey,
    epicKey: record.epicKey,
    gates: gates.map((g) => viewOf(signOff, g, gatedIssues.get(record.issueKeys[g.milestoneRowId] ?? '') ?? null, people, caller, today)),
  };
});

/**
 * An approver's decision: checked against the record and the gate at this moment (identity from the Forge context),
 * appended to the record, then mirrored to Jira: a comment (as the user), the property and any transition (as the app).
 */
export const decideSignOffResolver = contractResolver('decideSignOff', async (input, caller) => {
  const { now, today, retry, record, gate, gated } = await openGate(input.issueKey, input.gateId);
  const before = await loadCampaignSignOff(record, today);
  const gateEntries = before.entries.filter((e) => e.gateId === gate.gateId);
  const may = mayDecide({
    gate,
    state: stateOfGate(before, gate.gateId),
    actorAccountId: caller.accountId,
    gatedIssue: { key: gated.key, assigneeAccountId: gated.assigneeAccountId, reporterAccountId: gated.reporterAccountId },
    today,
    entries: gateEntries,
    decision: input.decision,
    gates: record.plan.gates,
  });
  if (!may.ok) throw refusalError(may);
  const text = validateDecision({ gate, decision: input.decision, reason: input.reason, comment: input.comment });
  if (!text.ok) throw refusalError(text);

  const entry: SignOffEntry = {
    entryId: newEntryId(now),
    epicKey: record.epicKey,
    gateId: gate.gateId,
    gatedIssueKey: gated.key,
    type: 'decision',
    actorAccountId: caller.accountId,
    ...(may.onBehalfOf ? { onBehalfOf: may.onBehalfOf } : {}),
    decision: input.decision,
    ...(text.reason ? { reason: text.reason } : {}),
    ...(text.comment ? { comment: text.comment } : {}),
    at: now.toISOString(),
    contentHash: contentOf(gated),
  };
  // The comment is owed from here: if this invocation dies before posting it, getSignOff posts it after our deadline.
  const postingUntil = new Date(Date.now() + Math.min(forgeRemainingMs(), RESOLVER_LIMIT_MS) + 1_000).toISOString();
  await markCommentPending({ entryId: entry.entryId, epicKey: entry.epicKey, gateId: entry.gateId, gatedIssueKey: entry.gatedIssueKey, lastError: 'not posted yet', since: entry.at, postingUntil });
  await appendSignOffEntry(entry);

  // From here the decision stands; Jira is brought in step, and what fails is reported or healed later.
  const after = await loadCampaignSignOff(record, today);
  const people = await peopleNames('user', retry);
  const comment = await postDecisionComment({ signOff: after, gate, entry, people, lang: languageOf(caller.locale) }, 'user', retry, now);
  await syncMirror(after, gated.key, now, retry, { onlyIfDiffers: false }).catch((e: unknown) => console.error(`[campaign-control] sign-off mirror of ${gated.key} not written; getSignOff rebuilds it`, e));
  const transitioned = await applyWorkflow(after, gate, entry, retry).catch((e: unknown) => {
    console.error(`[campaign-control] could not move ${gated.key} after a sign-off decision`, e);
    return undefined;
  });
  return {
    gate: viewOf(after, gate, gated, people, caller, today),
    commentPosted: comment.posted,
    ...(comment.posted ? {} : { commentError: comment.error }),
    ...(transitioned ? { transitioned } : {}),
  };
});

/** An approver lets someone else decide for them on one gate until a date (inclusive); the record keeps both. */
export const delegateSignOffResolver = contractResolver('delegateSignOff', async (input, caller) => {
  const { now, today, retry, record, gate, gated } = await openGate(input.issueKey, input.gateId);
  const [before, people] = await Promise.all([loadCampaignSignOff(record, today), peopleNames('user', retry)]);
  if (!people[input.toAccountId]) throw new AppError('INVALID_INPUT', 'toAccountId: no such person on this site', 'toAccountId');
  const may = mayDelegate({
    gate,
    state: stateOfGate(before, gate.gateId),
    actorAccountId: caller.accountId,
    toAccountId: input.toAccountId,
    until: input.until,
    today,
    gatedIssue: { key: gated.key, assigneeAccountId: gated.assigneeAccountId, reporterAccountId: gated.reporterAccountId },
  });
  if (!may.ok) throw refusalError(may);
  const reason = input.reason?.trim();
  await appendSignOffEntry({
    entryId: newEntryId(now),
    epicKey: record.epicKey,
    gateId: gate.gateId,
    gatedIssueKey: gated.key,
    type: 'delegation',
    actorAccountId: caller.accountId,
    ...(reason ? { reason } : {}),
    at: now.toISOString(),
    contentHash: contentOf(gated),
    delegation: { from: caller.accountId, to: input.toAccountId, until: input.until },
  });
  const after = await loadCampaignSignOff(record, today);
  return { gate: viewOf(after, gate, gated, people, caller, today) };
});

/** Who may export: the campaign's PM, the project's admins, and the campaign's approvers. */
async function mayExport(record: CampaignRecord, accountId: string): Promise<boolean> {
  if (record.createdBy === accountId) return true;
  if (record.plan.gates.some((g) => g.approverAccountIds.includes(accountId))) return true;
  const perms = await myProjectPermissions(record.plan.projectKey, ['ADMINISTER_PROJECTS']);
  return perms.ADMINISTER_PROJECTS;
}

/** A gate's or a whole campaign's record as CSV (RFC 4180, formula-safe), for the PM to prove who approved what. */
export const exportSignOffRecordResolver = contractResolver('exportSignOffRecord', async (input, caller) => {
  const retry = new RetryGate();
  const field = input.issueKey !== undefined ? 'issueKey' : 'epicKey';
  const key = input.issueKey ?? input.epicKey ?? '';
  const issue = await readIssue(key, field, retry);
  const record = await campaignOf(issue);
  if (!record) throw new AppError('NOT_FOUND', `${field}: ${key} is not part of a campaign created with Campaign Control`, field);
  if (input.epicKey !== undefined && record.epicKey !== input.epicKey) throw new AppError('INVALID_INPUT', `epicKey: ${input.epicKey} is not a campaign epic (its campaign is ${record.epicKey})`, 'epicKey');
  if (!(await mayExport(record, caller.accountId))) throw new AppError('FORBIDDEN', "Only the campaign's PM, project admins and the campaign's approvers can export its sign-off record.");
  const gates = input.gateId !== undefined ? [gateFromIssue(record, issue, input.gateId)] : input.epicKey !== undefined ? record.plan.gates : gatesOfIssue(record, issue);
  const [signOff, people] = await Promise.all([loadCampaignSignOff(record, todayOf(new Date())), peopleNames('user', retry)]);
  const lines = gates.flatMap((g) => signOff.entries.filter((e) => e.gateId === g.gateId).map((e) => ({ ...recordLine(e, people), gateId: g.gateId, gateName: g.name })));
  const scope = input.gateId !== undefined ? `${record.epicKey}-${input.gateId}` : input.epicKey !== undefined ? record.epicKey : issue.key;
  return { filename: `signoff-${scope}-${todayOf(new Date())}.csv`, csv: recordCsv(lines), rows: lines.length };
});

