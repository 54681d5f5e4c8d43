import type { DelegateSignOffResult } from '../../contracts/signoff';
import { DomainError } from '../../domain/errors';
import type { IsoDate } from '../../domain/model';
import { gateViewOf, mayDelegate, peopleOfSignOff, refusalError, stateOfGate } from '../../domain/signoff';
import type { ActingUser } from '../acting-user';
import { contentOf } from './decide-signoff';
import { loadSignOff, openGate } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type DelegateSignOffPorts = Pick<SignOffPorts, 'issues' | 'records' | 'signOffRecord' | 'people' | 'clock'>;

export interface DelegateSignOffInput {
  issueKey: string;
  gateId: string;
  toAccountId: string;
  until: IsoDate;
  reason?: string;
}

/**
 * An approver lets someone else decide for them on one gate until a date (inclusive); the record keeps both.
 * Errors: those of `openGate`; INVALID_INPUT `toAccountId` (no such person, or not a valid delegate), `until`;
 * FORBIDDEN and INVALID_INPUT `gateId` from the delegation rules (`mayDelegate`).
 */
export async function delegateSignOff(
  input: DelegateSignOffInput,
  user: ActingUser,
  ports: DelegateSignOffPorts,
): Promise<DelegateSignOffResult> {
  const { now, today, record, gate, gated } = await openGate(input.issueKey, input.gateId, ports);
  const before = await loadSignOff(record, today, ports.signOffRecord);
  const people = await ports.people.names([...peopleOfSignOff(before), input.toAccountId]);
  if (!people[input.toAccountId])
    throw new DomainError('INVALID_INPUT', { key: 'errors.notAPerson', params: { field: 'toAccountId' } }, 'toAccountId');
  const may = mayDelegate({
    gate,
    state: stateOfGate(before, gate.gateId),
    actorAccountId: user.accountId,
    toAccountId: input.toAccountId,
    until: input.until,
    today,
    gatedIssue: { key: gated.key, assigneeAccountId: gated.assigneeAccountId, reporterAccountId: gated.reporterAccountId },
  });
  if (!may.ok) throw refusalError(may);
  const reason = input.reason?.trim();
  await ports.signOffRecord.append({
    entryId: ports.signOffRecord.newEntryId(now),
    epicKey: record.epicKey,
    gateId: gate.gateId,
    gatedIssueKey: gated.key,
    type: 'delegation',
    actorAccountId: user.accountId,
    ...(reason ? { reason } : {}),
    at: now.toISOString(),
    contentHash: contentOf(gated),
    delegation: { from: user.accountId, to: input.toAccountId, until: input.until },
  });
  const after = await loadSignOff(record, today, ports.signOffRecord);
  return { gate: gateViewOf(after, gate, gated, people, user.accountId, today, user.locale) };
}
