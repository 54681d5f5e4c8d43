import type { GetSignOffResult } from '../../contracts/signoff';
import { DomainError } from '../../domain/errors';
import { gatesOfIssue, gateViewOf, peopleOfSignOff, type SignOffIssue } from '../../domain/signoff';
import type { ActingUser } from '../acting-user';
import { campaignOf, loadSignOff, nullIfNotFound, readIssue, todayOf } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type GetSignOffPorts = Pick<SignOffPorts, 'issues' | 'records' | 'signOffRecord' | 'people' | 'clock'>;

/**
 * The sign-off of an issue: its milestone's gates (every gate on the epic), what the user may do, the record. It only
 * reads (the issue, unless it is the context's epic, and each gated issue, as the user; names from the app's cache):
 * owed comments and mirrors that were edited or lost are put right by the repair job (`repairSignOff`), never here.
 * Errors: INVALID_INPUT `issueKey` when neither the payload nor the context names an issue; NOT_FOUND `issueKey`
 * when the user cannot see it.
 */
export async function getSignOff(
  input: { issueKey?: string; contextIssueKey?: string },
  user: ActingUser,
  ports: GetSignOffPorts,
): Promise<GetSignOffResult> {
  const issueKey = input.issueKey ?? input.contextIssueKey;
  if (!issueKey) throw new DomainError('INVALID_INPUT', { key: 'errors.issueKeyOutsideIssue' }, 'issueKey');
  const now = ports.clock.now();
  const today = todayOf(now);
  // The epic the panel sits on needs no read: the Forge context proves the viewer sees it, its record is in storage.
  const epicRecord = issueKey === input.contextIssueKey ? await ports.records.get(issueKey) : undefined;
  const issue = epicRecord?.epicKey === issueKey ? null : await readIssue(ports.issues, issueKey, 'issueKey');
  const record = issue ? await campaignOf(ports.records, issue) : epicRecord;
  if (!record) return { issueKey, epicKey: null, gates: [] };
  const gates = issue ? gatesOfIssue(record, issue) : record.plan.gates;
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  const people = await ports.people.names(peopleOfSignOff(signOff));
  const gatedKeys = [...new Set(gates.map((g) => record.issueKeys[g.milestoneRowId]).filter((k): k is string => k !== undefined))];
  const readable = (key: string): Promise<SignOffIssue | null> =>
    issue && key === issue.key ? Promise.resolve(issue) : nullIfNotFound(ports.issues.read(key));
  const gatedIssues = new Map(await Promise.all(gatedKeys.map(async (key) => [key, await readable(key)] as const)));
  return {
    issueKey,
    epicKey: record.epicKey,
    gates: gates.map((g) =>
      gateViewOf(signOff, g, gatedIssues.get(record.issueKeys[g.milestoneRowId] ?? '') ?? null, people, user.accountId, today, user.locale),
    ),
  };
}
