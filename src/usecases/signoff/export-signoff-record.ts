import type { ExportSignOffRecordResult } from '../../contracts/signoff';
import { DomainError } from '../../domain/errors';
import { languageOf } from '../../domain/model';
import { partiesOf } from '../../domain/policy';
import { gateFromIssue, gatesOfIssue, peopleOfSignOff, recordCsv, recordLine } from '../../domain/signoff';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import { campaignOf, loadSignOff, readIssue, todayOf } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type ExportSignOffRecordPorts = Pick<SignOffPorts, 'issues' | 'records' | 'signOffRecord' | 'people' | 'grants' | 'clock'>;

/**
 * A gate's or a whole campaign's record as CSV (RFC 4180, formula-safe), for the PM to prove who approved what:
 * the gate's (`gateId`), the issue's gates (`issueKey`) or every gate of the campaign (`epicKey`).
 * Errors: NOT_FOUND on `issueKey`/`epicKey` (not visible, or in no campaign); INVALID_INPUT `epicKey` (not the
 * campaign's epic); NOT_FOUND / INVALID_INPUT `gateId`; FORBIDDEN unless PM, project admin or approver (the policy).
 */
export async function exportSignOffRecord(
  input: { issueKey?: string; epicKey?: string; gateId?: string },
  user: ActingUser,
  ports: ExportSignOffRecordPorts,
): Promise<ExportSignOffRecordResult> {
  const field = input.issueKey !== undefined ? 'issueKey' : 'epicKey';
  const key = input.issueKey ?? input.epicKey ?? '';
  const issue = await readIssue(ports.issues, key, field);
  const record = await campaignOf(ports.records, issue);
  if (!record) throw new DomainError('NOT_FOUND', { key: 'errors.notInACampaign', params: { field, issueKey: key } }, field);
  if (input.epicKey !== undefined && record.epicKey !== input.epicKey)
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.notACampaignEpic', params: { field: 'epicKey', key: input.epicKey, epicKey: record.epicKey } },
      'epicKey',
    );
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'signoff.export', partiesOf(record));
  const gates =
    input.gateId !== undefined
      ? [gateFromIssue(record, issue, input.gateId)]
      : input.epicKey !== undefined
        ? record.plan.gates
        : gatesOfIssue(record, issue);
  const today = todayOf(ports.clock.now());
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  const people = await ports.people.names(peopleOfSignOff(signOff));
  const lines = gates.flatMap((g) =>
    signOff.entries.filter((e) => e.gateId === g.gateId).map((e) => ({ ...recordLine(e, people), gateId: g.gateId, gateName: g.name })),
  );
  const scope = input.gateId !== undefined ? `${record.epicKey}-${input.gateId}` : input.epicKey !== undefined ? record.epicKey : issue.key;
  return { filename: `signoff-${scope}-${today}.csv`, csv: recordCsv(lines, languageOf(user.locale)), rows: lines.length };
}
