import { DomainError } from '../errors';
import { mustGet } from '../invariant';
import type { CampaignPlan, CampaignRecord, PlanRow } from '../model';
import { EPIC_ROW_ID } from '../creation/issue-payloads';
import type { BreakdownTask } from './schema';
import type { BreakdownTarget } from './target';

/** The plan schema's row limit, for the campaign as a whole. */
const MAX_CAMPAIGN_ROWS = 500;

export interface AddRowsPlan {
  /** The campaign's settings with only the milestone (already in Jira) and the new rows. */
  plan: CampaignPlan;
  /** Rows of `plan` that exist already, outside this request: the epic and the milestone. */
  existingKeys: Record<string, string>;
}

/** Refuses a dependency cycle, naming the task where it closes. */
function checkNoCycle(tasks: readonly BreakdownTask[]): void {
  const byId = new Map(tasks.map((t, i) => [t.taskId, { t, i }]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    state.set(id, 'visiting');
    const { t, i } = mustGet(byId, id, 'task');
    t.dependsOn.forEach((d, j) => {
      if (state.get(d) === 'visiting') {
        const field = `tasks.${i}.dependsOn.${j}`;
        throw new DomainError(
          'INVALID_INPUT',
          { key: 'errors.dependencyCycle', params: { field, cycle: [...path, id, d].join(' → ') } },
          field,
        );
      }
      if (!state.has(d)) visit(d, [...path, id]);
    });
    state.set(id, 'done');
  };
  for (const t of tasks) if (!state.has(t.taskId)) visit(t.taskId, []);
}

/** Every field problem of the edited tasks, named: duplicate ids, unknown or self dependencies, cycles, size. */
export function validateBreakdownTasks(tasks: readonly BreakdownTask[], record: CampaignRecord): void {
  const ids = new Set<string>();
  tasks.forEach((t, i) => {
    if (ids.has(t.taskId))
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.taskIdUsed', params: { field: `tasks.${i}.taskId`, id: t.taskId } },
        `tasks.${i}.taskId`,
      );
    ids.add(t.taskId);
  });
  tasks.forEach((t, i) =>
    t.dependsOn.forEach((d, j) => {
      if (!ids.has(d) || d === t.taskId)
        throw new DomainError(
          'INVALID_INPUT',
          { key: 'problems.notAnotherTask', params: { field: `tasks.${i}.dependsOn.${j}`, id: d } },
          `tasks.${i}.dependsOn.${j}`,
        );
    }),
  );
  checkNoCycle(tasks);
  if (record.plan.rows.length + tasks.length > MAX_CAMPAIGN_ROWS) {
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.campaignRowLimit', params: { rows: record.plan.rows.length, adding: tasks.length, max: MAX_CAMPAIGN_ROWS } },
      'tasks',
    );
  }
}

/** Row id of a new task: unique to the request (prefix), so it never meets a template row or another breakdown's. */
export const breakdownRowId = (prefix: string, taskId: string): string => `${prefix}-${taskId}`.slice(0, 63).replace(/-+$/, '');

/**
 * The creation job's input for adding a breakdown to an existing campaign: the new tasks become plan rows under
 * the milestone (children of the epic, "Blocks" the milestone, dependencies as "Blocks" links), created by the
 * same job as a template's; the epic and the milestone are given as existing so nothing else is created.
 */
export function addRowsPlan(
  record: CampaignRecord,
  target: BreakdownTarget,
  tasks: readonly BreakdownTask[],
  rowPrefix: string,
): AddRowsPlan {
  validateBreakdownTasks(tasks, record);
  const rowIdOf = new Map(tasks.map((t) => [t.taskId, breakdownRowId(rowPrefix, t.taskId)]));
  const rows: PlanRow[] = tasks.map((t) => ({
    rowId: mustGet(rowIdOf, t.taskId, 'row id'),
    kind: 'task',
    parentRowId: target.milestone.rowId,
    summary: t.summary,
    ownerRole: t.ownerRole,
    ...(t.assigneeAccountId ? { assigneeAccountId: t.assigneeAccountId } : {}),
    startDate: t.startDate,
    dueDate: t.dueDate,
    estimateBusinessDays: t.estimateBusinessDays,
    dependsOn: t.dependsOn.map((d) => ({ rowId: mustGet(rowIdOf, d, 'row id'), lagBusinessDays: 0 })),
  }));
  if (new Set(rows.map((r) => r.rowId)).size !== rows.length) {
    throw new DomainError('INVALID_INPUT', { key: 'errors.rowIdsCollide' }, 'tasks');
  }
  const { brief: _brief, ...settings } = record.plan;
  const plan: CampaignPlan = { ...settings, rows: [target.milestone, ...rows], gates: [], kpis: [], warnings: [] };
  return { plan, existingKeys: { [EPIC_ROW_ID]: record.epicKey, [target.milestone.rowId]: target.milestoneKey } };
}

/** The campaign record once added rows exist in Jira: their rows and keys join it; nothing already there changes. */
export function mergeAddedRows(
  record: CampaignRecord,
  added: readonly PlanRow[],
  issueKeys: Readonly<Record<string, string>>,
): CampaignRecord {
  const known = new Set(record.plan.rows.map((r) => r.rowId));
  const created = added.flatMap((row) => {
    const key = issueKeys[row.rowId];
    return !known.has(row.rowId) && key ? [{ row, key }] : [];
  });
  if (created.length === 0) return record;
  return {
    ...record,
    plan: { ...record.plan, rows: [...record.plan.rows, ...created.map((c) => c.row)] },
    issueKeys: { ...record.issueKeys, ...Object.fromEntries(created.map((c) => [c.row.rowId, c.key])) },
  };
}
