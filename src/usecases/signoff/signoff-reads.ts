import { formatISO } from 'date-fns';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord, IsoDate, PlanGate } from '../../domain/model';
import {
  campaignSignOffOf,
  gatedKeyOf,
  gateFromIssue,
  gateOfCampaign,
  type CampaignSignOff,
  type SignOffIssue,
} from '../../domain/signoff';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { Clock } from '../ports/clock';
import type { GatedIssuesPort } from '../ports/gated-issues';
import type { SignOffRecordPort } from '../ports/signoff-record';

/** The day a resolver works in (the server's calendar day, as the sign-off record has always used). */
export const todayOf = (now: Date): IsoDate => formatISO(now, { representation: 'date' });

export const isNotFound = (e: unknown): boolean => e instanceof DomainError && e.code === 'NOT_FOUND';

/** What `read` answers, or null when it refuses with NOT_FOUND (an issue gone or invisible); other refusals go on. */
export async function nullIfNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Reads an issue; gone or invisible is NOT_FOUND on `field`, like Jira's 404. */
export async function readIssue(issues: GatedIssuesPort, issueKey: string, field: string): Promise<SignOffIssue> {
  try {
    return await issues.read(issueKey);
  } catch (e) {
    if (isNotFound(e)) throw new DomainError('NOT_FOUND', { key: 'errors.issueNotVisible', params: { field, issueKey } }, field);
    throw e;
  }
}

/** The campaign record of an issue already read, or null when the issue is in no campaign. */
export async function campaignOf(records: CampaignRecordsPort, issue: SignOffIssue): Promise<CampaignRecord | null> {
  if (!issue.epicKey) return null;
  return (await records.get(issue.epicKey)) ?? null;
}

/** The campaign's sign-off picture at `today`, replayed from the record. */
export async function loadSignOff(record: CampaignRecord, today: IsoDate, signOffRecord: SignOffRecordPort): Promise<CampaignSignOff> {
  return campaignSignOffOf(record, await signOffRecord.entries(record.epicKey), today);
}

export interface GateReadPorts {
  issues: GatedIssuesPort;
  records: CampaignRecordsPort;
  clock: Clock;
}

export interface OpenGate {
  now: Date;
  today: IsoDate;
  record: CampaignRecord;
  gate: PlanGate;
  gated: SignOffIssue;
}

/**
 * What deciding or delegating on a gate starts from, read at this moment. Errors: NOT_FOUND `issueKey` (issue not
 * visible, or in no campaign), NOT_FOUND / INVALID_INPUT `gateId` (no such gate, or not reachable from the issue).
 */
export async function openGate(issueKey: string, gateId: string, ports: GateReadPorts): Promise<OpenGate> {
  const now = ports.clock.now();
  // On the epic, its record (app storage) is all the app needs of it: the gated work is read as the user below, and
  // seeing that work is what deciding on it needs. One issue read instead of two.
  const epicRecord = await ports.records.get(issueKey);
  if (epicRecord?.epicKey === issueKey) {
    const gate = gateOfCampaign(epicRecord, gateId);
    const gated = await readIssue(ports.issues, gatedKeyOf(epicRecord, gate), 'issueKey');
    return { now, today: todayOf(now), record: epicRecord, gate, gated };
  }
  const issue = await readIssue(ports.issues, issueKey, 'issueKey');
  const record = await campaignOf(ports.records, issue);
  if (!record)
    throw new DomainError('NOT_FOUND', { key: 'errors.notInACampaign', params: { field: 'issueKey', issueKey: issue.key } }, 'issueKey');
  const gate = gateFromIssue(record, issue, gateId);
  const key = gatedKeyOf(record, gate);
  const gated = key === issue.key ? issue : await readIssue(ports.issues, key, 'issueKey');
  return { now, today: todayOf(now), record, gate, gated };
}
