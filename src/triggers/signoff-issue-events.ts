import { z } from 'zod';
import { RetryGate } from '../adapters/http/retry';
import { campaignOf, gatesGuarding } from '../adapters/jira/signoff-campaign';
import { readGatedIssueAsApp } from '../adapters/jira/signoff-gated-issue';
import { loadCampaignSignOff, stateOfGate, syncMirror } from '../adapters/jira/signoff-sync';
import { appendSignOffEntry, newEntryId } from '../adapters/storage/signoff-record';
import type { SignOffEntry } from '../domain/model';
import { changedFieldsOf, contentHash, staleCheck } from '../domain/signoff';
import { AppError } from '../shared/result';

/** The part of a Jira issue-updated event sign-off reads: which issue, who, and the changelog. */
const UpdatedIssueEvent = z
  .object({
    eventType: z.literal('avi:jira:updated:issue'),
    issue: z.object({ id: z.string(), key: z.string() }).passthrough(),
    atlassianId: z.string().optional(),
    changelog: z
      .object({ items: z.array(z.object({ field: z.string(), toString: z.string().nullable().optional() }).passthrough()).default([]) })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** Who a system entry is attributed to when the event names nobody. */
export const APP_ACTOR = 'app:campaign-control';
/** The status that marks the work ready for sign-off again after "request changes". */
export const READY_STATUS = 'in review';

export type SignOffEventOutcome = { written: SignOffEntry['type'][]; issueKey: string } | { written: []; reason: string };

/**
 * Keeps sign-off honest from Jira issue events on gated work: a change of its summary, description or attachments
 * after approvals writes a `stale` entry (those approvals no longer count, the gate reopens); moving it to In Review
 * after "request changes" writes a `ready` entry (a new round). Then the issue's mirror property is rewritten.
 */
export async function handleSignOffIssueEvent(event: unknown, now: Date = new Date()): Promise<SignOffEventOutcome> {
  const parsed = UpdatedIssueEvent.safeParse(event);
  if (!parsed.success) return { written: [], reason: 'not an issue update' };
  const items = parsed.data.changelog?.items ?? [];
  const changedFields = changedFieldsOf(items);
  const markedReady = items.some((i) => i.field.toLowerCase() === 'status' && (i.toString ?? '').trim().toLowerCase() === READY_STATUS);
  // Most updates touch neither: no REST call, no storage read.
  if (changedFields.length === 0 && !markedReady) return { written: [], reason: 'no content or review change' };

  const retry = new RetryGate();
  const issue = await readGatedIssueAsApp(parsed.data.issue.key, retry).catch((e: unknown) => (e instanceof AppError && e.code === 'NOT_FOUND' ? null : Promise.reject(e)));
  if (!issue) return { written: [], reason: `${parsed.data.issue.key} is gone` };
  const record = await campaignOf(issue);
  const gates = record ? gatesGuarding(record, issue.key) : [];
  if (!record || gates.length === 0) return { written: [], reason: `${issue.key} is not gated work` };

  const today = now.toISOString().slice(0, 10);
  const signOff = await loadCampaignSignOff(record, today);
  const hash = contentHash({ summary: issue.summary, description: issue.description, attachments: issue.attachments });
  const actor = parsed.data.atlassianId ?? APP_ACTOR;
  const written: SignOffEntry['type'][] = [];
  for (const gate of gates) {
    const base = { epicKey: record.epicKey, gateId: gate.gateId, gatedIssueKey: issue.key, actorAccountId: actor, at: now.toISOString(), contentHash: hash };
    const entries = signOff.entries.filter((e) => e.gateId === gate.gateId);
    if (changedFields.length > 0) {
      const check = staleCheck({ entries, currentHash: hash, changedFields, gate });
      if (check.mustWrite) {
        await appendSignOffEntry({ ...base, entryId: newEntryId(now), type: 'stale', changedFields: check.changedFields });
        written.push('stale');
      }
    }
    if (markedReady && stateOfGate(signOff, gate.gateId).state === 'changes_requested') {
      await appendSignOffEntry({ ...base, entryId: newEntryId(now), type: 'ready' });
      written.push('ready');
    }
  }
  if (written.length === 0) return { written: [], reason: 'nothing to reopen' };
  await syncMirror(await loadCampaignSignOff(record, today), issue.key, now, retry, { onlyIfDiffers: false });
  return { written, issueKey: issue.key };
}

/** The sign-off `trigger` module's function (manifest: `index.onSignOffIssueEvent`). */
export async function onSignOffIssueEvent(event: unknown): Promise<void> {
  try {
    await handleSignOffIssueEvent(event);
  } catch (e) {
    // A trigger is not retried; the next decision or getSignOff still sees the record as it is.
    console.error('[campaign-control] could not apply an issue event to the sign-off record', e);
  }
}
