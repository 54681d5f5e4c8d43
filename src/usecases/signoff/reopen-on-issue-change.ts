import type { SignOffEntry } from '../../domain/model';
import { changedFieldsOf, contentHash, gatesGuarding, stateOfGate, staleCheck } from '../../domain/signoff';
import { syncMirror } from './jira-sync';
import { campaignOf, loadSignOff, nullIfNotFound } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

/** Who a system entry is attributed to when the event names nobody. */
export const APP_ACTOR = 'app:campaign-control';
/** The status that marks the work ready for sign-off again after "request changes". */
export const READY_STATUS = 'in review';

export type ReopenOnIssueChangePorts = Pick<SignOffPorts, 'issues' | 'records' | 'signOffRecord' | 'mirror' | 'clock'>;

export interface IssueChange {
  issueKey: string;
  /** Who changed it, when the event says. */
  actorAccountId?: string;
  changelog: readonly { field: string; toString?: string | null }[];
}

export type SignOffEventOutcome = { written: SignOffEntry['type'][]; issueKey: string } | { written: []; reason: string };

/**
 * Keeps sign-off honest when gated work changes (the app acts; there is no user): a change of its summary,
 * description or attachments after approvals writes a `stale` entry (those approvals no longer count, the gate
 * reopens); moving it to In Review after "request changes" writes a `ready` entry (a new round). Then the issue's
 * mirror property is rewritten. Throws only what the ports throw (the trigger logs it).
 */
export async function reopenOnIssueChange(change: IssueChange, ports: ReopenOnIssueChangePorts): Promise<SignOffEventOutcome> {
  const changedFields = changedFieldsOf(change.changelog);
  const markedReady = change.changelog.some(
    (i) => i.field.toLowerCase() === 'status' && (i.toString ?? '').trim().toLowerCase() === READY_STATUS,
  );
  // Most updates touch neither: no REST call, no storage read.
  if (changedFields.length === 0 && !markedReady) return { written: [], reason: 'no content or review change' };

  const now = ports.clock.now();
  const issue = await nullIfNotFound(ports.issues.read(change.issueKey));
  if (!issue) return { written: [], reason: `${change.issueKey} is gone` };
  const record = await campaignOf(ports.records, issue);
  const gates = record ? gatesGuarding(record, issue.key) : [];
  if (!record || gates.length === 0) return { written: [], reason: `${issue.key} is not gated work` };

  const today = now.toISOString().slice(0, 10);
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  const hash = contentHash({ summary: issue.summary, description: issue.description, attachments: issue.attachments });
  const actor = change.actorAccountId ?? APP_ACTOR;
  const written: SignOffEntry['type'][] = [];
  for (const gate of gates) {
    const base = {
      epicKey: record.epicKey,
      gateId: gate.gateId,
      gatedIssueKey: issue.key,
      actorAccountId: actor,
      at: now.toISOString(),
      contentHash: hash,
    };
    const entries = signOff.entries.filter((e) => e.gateId === gate.gateId);
    if (changedFields.length > 0) {
      const check = staleCheck({ entries, currentHash: hash, changedFields, gate });
      if (check.mustWrite) {
        await ports.signOffRecord.append({
          ...base,
          entryId: ports.signOffRecord.newEntryId(now),
          type: 'stale',
          changedFields: check.changedFields,
        });
        written.push('stale');
      }
    }
    if (markedReady && stateOfGate(signOff, gate.gateId).state === 'changes_requested') {
      await ports.signOffRecord.append({ ...base, entryId: ports.signOffRecord.newEntryId(now), type: 'ready' });
      written.push('ready');
    }
  }
  if (written.length === 0) return { written: [], reason: 'nothing to reopen' };
  await syncMirror(ports.mirror, await loadSignOff(record, today, ports.signOffRecord), issue.key, now, { onlyIfDiffers: false });
  return { written, issueKey: issue.key };
}
