import { DomainError } from '../errors';
import type { CampaignRecord, PlanGate } from '../model';
import type { SignOffIssue } from './signoff-issue';

/** The milestone row an issue belongs to: itself for a milestone, its milestone for a task; none for the epic. */
function milestoneRowOf(issue: SignOffIssue): string | null {
  if (!issue.row) return null;
  if (issue.row.kind === 'milestone') return issue.row.rowId;
  return issue.row.milestoneRowId ?? null;
}

/** Gates shown on an issue: on the epic every gate, else the gates of its milestone (in plan order). */
export function gatesOfIssue(record: CampaignRecord, issue: SignOffIssue): PlanGate[] {
  if (issue.key === record.epicKey) return record.plan.gates;
  const milestone = milestoneRowOf(issue);
  return milestone ? record.plan.gates.filter((g) => g.milestoneRowId === milestone) : [];
}

/** Gates whose gated work is `issueKey` (the gates the issue's mirror shows). */
export const gatesGuarding = (record: CampaignRecord, issueKey: string): PlanGate[] =>
  record.plan.gates.filter((g) => record.issueKeys[g.milestoneRowId] === issueKey);

/** The issue of the gate's milestone, or an error naming the gate when the campaign lost it. */
export function gatedKeyOf(record: CampaignRecord, gate: PlanGate): string {
  const key = record.issueKeys[gate.milestoneRowId];
  if (!key)
    throw new DomainError('NOT_FOUND', { key: 'errors.gateWorkMissing', params: { gate: gate.name, epicKey: record.epicKey } }, 'gateId');
  return key;
}

/** The campaign's gate `gateId` (what the epic reaches), or NOT_FOUND on `gateId`. */
export function gateOfCampaign(record: CampaignRecord, gateId: string): PlanGate {
  const gate = record.plan.gates.find((g) => g.gateId === gateId);
  if (!gate) throw new DomainError('NOT_FOUND', { key: 'errors.gateUnknown', params: { epicKey: record.epicKey, gateId } }, 'gateId');
  return gate;
}

/** The gate `gateId` as reachable from this issue: the epic reaches any gate, another issue only its milestone's. */
export function gateFromIssue(record: CampaignRecord, issue: SignOffIssue, gateId: string): PlanGate {
  const gate = gateOfCampaign(record, gateId);
  if (!gatesOfIssue(record, issue).some((g) => g.gateId === gateId)) {
    throw new DomainError(
      'INVALID_INPUT',
      {
        key: 'errors.gateElsewhere',
        params: { gate: gate.name, issueKey: issue.key, openFrom: record.issueKeys[gate.milestoneRowId] ?? record.epicKey },
      },
      'gateId',
    );
  }
  return gate;
}
