import type { ApplyLevelingProposalResult } from '../../contracts/campaign-planner';
import type { AppliedLevelingChange, LevelingChange, PlanConflicts } from '../../contracts/conflicts';
import { DomainError } from '../../domain/errors';
import { rolePoolsOf } from '../../domain/forecast';
import { planActivities } from '../../domain/metrics';
import { LEVELING_LOG, type CampaignPlan, type CampaignRecord, type PlanRow } from '../../domain/model';
import { partiesOf } from '../../domain/policy';
import { addBusinessDays, businessDaysBetween } from '../../domain/schedule/business-days';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import { todayIn } from '../ports/clock';
import { conflictsOfPlan } from '../portfolio/plan-conflicts';
import { otherCampaigns } from '../portfolio/other-campaigns';
import { campaignOf } from './campaign-of';
import { changeText, futureDate, openIssueOf, taskOf, type TaskChange } from './leveling-task';
import type { ReplanCampaignPorts } from './replan-campaign';
import { replanRecord } from './replan-record';

/** The re-plan's ports: the same Jira writers, record, people and other campaigns. */
export type ApplyLevelingPorts = ReplanCampaignPorts;

interface Outcome {
  change: AppliedLevelingChange;
  plan: CampaignPlan;
}

interface Context {
  record: CampaignRecord;
  today: string;
  names: ReadonlyMap<string, string>;
  user: ActingUser;
  ports: ApplyLevelingPorts;
}

const withRow = (plan: CampaignPlan, row: PlanRow): CampaignPlan => ({
  ...plan,
  rows: plan.rows.map((r) => (r.rowId === row.rowId ? row : r)),
});

/** Moves an open task's due date (its start by as many business days), never past its milestone's due date. */
async function shift(change: Extract<LevelingChange, { kind: 'shift' }>, { record, today, ports }: Context): Promise<Outcome> {
  const task = taskOf(record, change);
  const issue = await openIssueOf(task, ports.dates);
  const dueDate = futureDate(change.dueDate, 'change.dueDate', today);
  const { row } = task;
  const milestone = record.plan.rows.find((r) => r.rowId === row.parentRowId);
  if (milestone && dueDate > milestone.dueDate)
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.levelingAfterMilestone', params: { date: dueDate, milestone: milestone.summary, milestoneDue: milestone.dueDate } },
      'change.dueDate',
    );
  const writes = issue.dueDate === dueDate ? 0 : 1;
  if (writes > 0) await ports.fields.update(task.issueKey, { duedate: dueDate });
  const calendar = record.plan.holidayCalendar;
  const startDate = addBusinessDays(row.startDate, businessDaysBetween(row.dueDate, dueDate, calendar), calendar);
  return {
    change: {
      kind: 'shift',
      rowId: row.rowId,
      issueKey: task.issueKey,
      summary: row.summary,
      fromDueDate: issue.dueDate,
      dueDate,
      issuesChanged: writes,
    },
    plan: withRow(record.plan, { ...row, startDate, dueDate }),
  };
}

/** Gives an open task to someone else who does work of its role in some campaign (the pool proposals draw from). */
async function reassign(change: Extract<LevelingChange, { kind: 'reassign' }>, ctx: Context): Promise<Outcome> {
  const { record, ports } = ctx;
  const task = taskOf(record, change);
  await openIssueOf(task, ports.dates);
  const { row } = task;
  const to = change.toAccountId;
  const activities = [...planActivities(record.epicKey, record.plan), ...(await otherCampaigns(record.epicKey, ports)).activities];
  if (!(rolePoolsOf(activities)[row.ownerRole] ?? []).includes(to))
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.levelingNotInPool', params: { name: ctx.names.get(to) ?? to } },
      'change.toAccountId',
    );
  const from = row.assigneeAccountId ?? null;
  const writes = from === to ? 0 : 1;
  if (writes > 0) await ports.fields.update(task.issueKey, { assignee: { accountId: to } });
  return {
    change: {
      kind: 'reassign',
      rowId: row.rowId,
      issueKey: task.issueKey,
      summary: row.summary,
      fromAccountId: from,
      toAccountId: to,
      issuesChanged: writes,
    },
    plan: withRow(record.plan, { ...row, assigneeAccountId: to }),
  };
}

/** The re-plan to the new launch date, applied (open issues move, done work stays). */
async function moveLaunch(
  change: Extract<LevelingChange, { kind: 'move_launch' }>,
  { record, today, user, ports }: Context,
): Promise<Outcome> {
  const launchDate = futureDate(change.launchDate, 'change.launchDate', today);
  const replanned = await replanRecord(record, { launchDate, apply: true }, user, ports);
  return {
    change: { kind: 'move_launch', fromLaunchDate: record.plan.launchDate, launchDate, issuesChanged: replanned.applied },
    plan: replanned.plan,
  };
}

/** What a request already applied did, from the request itself: nothing is read or written again. */
function repeated(record: CampaignRecord, change: LevelingChange): AppliedLevelingChange {
  if (change.kind === 'move_launch') return { kind: change.kind, launchDate: change.launchDate, issuesChanged: 0 };
  const { row, issueKey } = taskOf(record, change satisfies TaskChange);
  const base = { rowId: row.rowId, issueKey, summary: row.summary, issuesChanged: 0 };
  return change.kind === 'shift'
    ? { ...base, kind: change.kind, dueDate: change.dueDate }
    : { ...base, kind: change.kind, toAccountId: change.toAccountId };
}

/** The campaign's conflicts as its re-plan at its own launch date shows them (nothing applied). */
async function conflictsNow(ctx: Context): Promise<PlanConflicts> {
  const { record, today, names, user, ports } = ctx;
  const { plan } = await replanRecord(record, { launchDate: record.plan.launchDate, apply: false }, user, ports);
  return conflictsOfPlan(plan, today, names, ports, record.epicKey);
}

/**
 * Applies one leveling change to a created campaign, as the PM chose it among the proposals of its re-plan (the
 * policy's `campaign.replan`): a task's new due date or assignee in Jira and in the campaign's record (so its panel
 * and later re-plans keep it), or the re-plan to a new launch date. Done work never moves. Idempotent: a change
 * already in place writes nothing, and a request id already applied changes nothing more even if the campaign moved
 * since. Answers the change and the campaign's conflicts after it. Errors: NOT_FOUND `epicKey`, FORBIDDEN (policy),
 * INVALID_INPUT naming the field (`change.rowId`, `change.issueKey`, `change.dueDate`, `change.toAccountId`,
 * `change.launchDate`, `requestId`); those of the field writer and of `replanRecord`.
 */
export async function applyLevelingProposal(
  input: { epicKey: string; change: LevelingChange; requestId?: string },
  user: ActingUser,
  ports: ApplyLevelingPorts,
): Promise<ApplyLevelingProposalResult> {
  const record = await campaignOf(input.epicKey, ports);
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'campaign.replan', partiesOf(record));
  const text = changeText(input.change);
  const seen = input.requestId === undefined ? undefined : record.leveling?.find((l) => l.requestId === input.requestId);
  if (seen && seen.change !== text)
    throw new DomainError('INVALID_INPUT', { key: 'errors.levelingRequestReused', params: { requestId: seen.requestId } }, 'requestId');
  const names = new Map((await ports.people.list()).map((p) => [p.accountId, p.displayName]));
  const ctx: Context = { record, today: todayIn(ports.clock), names, user, ports };
  if (seen) return { change: repeated(record, input.change), alreadyApplied: true, conflicts: await conflictsNow(ctx) };

  const change = input.change;
  const outcome =
    change.kind === 'shift'
      ? await shift(change, ctx)
      : change.kind === 'reassign'
        ? await reassign(change, ctx)
        : await moveLaunch(change, ctx);
  const log =
    input.requestId === undefined
      ? record.leveling
      : [...(record.leveling ?? []), { requestId: input.requestId, change: text, at: ports.clock.now().toISOString() }];
  const saved: CampaignRecord = { ...record, plan: outcome.plan, ...(log ? { leveling: log.slice(-LEVELING_LOG) } : {}) };
  if (log !== record.leveling || JSON.stringify(outcome.plan) !== JSON.stringify(record.plan)) await ports.recordWriter.save(saved);
  return {
    change: outcome.change,
    alreadyApplied: outcome.change.issuesChanged === 0,
    conflicts: await conflictsNow({ ...ctx, record: saved }),
  };
}
