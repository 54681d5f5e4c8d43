import type { GetSignOffResult } from '../../contracts/signoff';
import { DomainError } from '../../domain/errors';
import { gatesOfIssue, gateViewOf, peopleOfSignOff, type SignOffIssue } from '../../domain/signoff';
import type { ActingUser } from '../acting-user';
import { campaignOf, loadSignOff, nullIfNotFound, readIssue, todayOf } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type GetSignOffPorts = Pick<SignOffPorts, 'issues' | 'records' | 'signOffRecord' | 'people' | 'clock'>;

/**
 * The sign-off of an issue: its milestone's gates (every gate on the epic), what the user may do, the record. It only
 * reads (the issue and each gated issue, as the user; names from the app's cache): owed comments and mirrors that
 * were edited or lost are put right by the repair job (`repairSignOff`), never on a view.
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
  const issue = await readIssue(ports.issues, issueKey, 'issueKey');
  const record = await campaignOf(ports.records, issue);
  if (!record) return { issueKey, epicKey: null, gates: [] };
  const gates = gatesOfIssue(record, issue);
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  const people = await ports.people.names(peopleOfSignOff(signOff));
  const gatedKeys = [...new Set(gates.map((g) => record.issueKeys[g.milestoneRowId]).filter((k): k is string => k !== undefined))];
  const readable = (key: string): Promise<SignOffIssue | null> =>
    key === issue.key ? Promise.resolve(issue) : nullIfNotFound(ports.issues.read(key));
  const gatedIssues = new Map(await Promise.all(gatedKeys.map(async (key) => [key, await readable(key)] as const)));
  return {
    issueKey,
    epicKey: record.epicKey,
    gates: gates.map((g) =>
      gateViewOf(signOff, g, gatedIssues.get(record.issueKeys[g.milestoneRowId] ?? '') ?? null, people, user.accountId, today, user.locale),
    ),
  };
}
