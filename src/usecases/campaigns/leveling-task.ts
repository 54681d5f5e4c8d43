import type { LevelingChange } from '../../contracts/conflicts';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord, PlanRow } from '../../domain/model';
import { CalendarDate } from '../../domain/schedule/calendar-date';
import type { IssueDates, IssueDatesPort } from '../ports/issue-dates';

/** A change that names a task (shift, reassign). */
export type TaskChange = Extract<LevelingChange, { kind: 'shift' | 'reassign' }>;

export interface LevelingTask {
  row: PlanRow;
  issueKey: string;
  /** The payload field that named it, for refusals. */
  field: 'change.rowId' | 'change.issueKey';
}

/**
 * The campaign's task a change names, by plan row or issue key. Errors: INVALID_INPUT `change.rowId` (neither given,
 * not a task of the campaign, a milestone, no issue yet), `change.issueKey` (not the campaign's, not that row's).
 */
export function taskOf(record: CampaignRecord, change: TaskChange): LevelingTask {
  if (change.rowId === undefined && change.issueKey === undefined)
    throw new DomainError('INVALID_INPUT', { key: 'errors.levelingTaskRequired' }, 'change.rowId');
  const field = change.rowId !== undefined ? 'change.rowId' : 'change.issueKey';
  const named = change.rowId ?? change.issueKey ?? '';
  const notATask = (): DomainError =>
    new DomainError('INVALID_INPUT', { key: 'errors.levelingNotATask', params: { field, value: named, epicKey: record.epicKey } }, field);
  const rowId = change.rowId ?? Object.entries(record.issueKeys).find(([id, key]) => id !== 'epic' && key === change.issueKey)?.[0];
  const row = record.plan.rows.find((r) => r.rowId === rowId);
  const issueKey = row ? record.issueKeys[row.rowId] : undefined;
  if (!row || row.kind !== 'task' || issueKey === undefined) throw notATask();
  if (change.issueKey !== undefined && change.issueKey !== issueKey)
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.levelingRowMismatch', params: { issueKey: change.issueKey, rowId: row.rowId } },
      'change.issueKey',
    );
  return { row, issueKey, field };
}

/**
 * The task's issue as Jira has it now, which must be open: done work is never moved or reassigned. Errors: NOT_FOUND
 * (the user cannot see the issue), INVALID_INPUT (done), both naming the field that named the task.
 */
export async function openIssueOf(task: LevelingTask, dates: IssueDatesPort): Promise<IssueDates> {
  const issue = (await dates.read([task.issueKey])).get(task.issueKey);
  if (!issue)
    throw new DomainError(
      'NOT_FOUND',
      { key: 'errors.issueNotVisible', params: { field: task.field, issueKey: task.issueKey } },
      task.field,
    );
  if (issue.done)
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.levelingDoneWork', params: { field: task.field, summary: task.row.summary, issueKey: task.issueKey } },
      task.field,
    );
  return issue;
}

/** A real calendar day, today or later. Errors: INVALID_INPUT `field`. */
export function futureDate(value: string, field: string, today: string): string {
  if (!CalendarDate.safeParse(value).success)
    throw new DomainError('INVALID_INPUT', { key: 'errors.levelingBadDate', params: { field, value } }, field);
  if (value < today) throw new DomainError('INVALID_INPUT', { key: 'errors.levelingDateInPast', params: { field, date: value } }, field);
  return value;
}

/** The change as canonical text: the same request sent again must carry the same change. */
export function changeText(change: LevelingChange): string {
  if (change.kind === 'move_launch') return JSON.stringify([change.kind, change.launchDate]);
  const target = change.kind === 'shift' ? change.dueDate : change.toAccountId;
  return JSON.stringify([change.kind, change.rowId ?? null, change.issueKey ?? null, target]);
}
