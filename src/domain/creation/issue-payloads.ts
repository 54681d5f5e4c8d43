import type { CampaignPlan, CampaignTargeting, PlanRow, RowProperty } from '../model';
import { ROW_PROPERTY_KEY, TARGETING_PROPERTY_KEY, targetingOf } from '../model';
import { epicDescription } from './epic-description';

/** The app's custom fields, by Jira field id; absent = not installed on this site (creation goes on without it). */
export interface AppFieldIds {
  plannedCost?: string;
  campaignBudget?: string;
  campaignKpis?: string;
}

/** One `IssueUpdateDetails` of `POST /rest/api/3/issue` and `/issue/bulk`. */
export interface IssueUpdateDetails {
  fields: Record<string, unknown>;
  /** The row property first (every issue is born with it), then the epic's targeting. */
  properties: [{ key: typeof ROW_PROPERTY_KEY; value: RowProperty }, ...{ key: typeof TARGETING_PROPERTY_KEY; value: CampaignTargeting }[]];
}

export interface RowPayload {
  rowId: string;
  details: IssueUpdateDetails;
}

export const EPIC_ROW_ID = 'epic';
const ISSUE_TYPE = { epic: 'Epic', milestone: 'Milestone', task: 'Task' } as const;

const labelsOf = (plan: CampaignPlan): string[] => [plan.campaignLabel, 'campaign'];

/** The epic is due at the latest of launch and every row's due date (post-launch reporting included). */
function epicDueDate(plan: CampaignPlan): string {
  return plan.rows.reduce((latest, r) => (r.dueDate > latest ? r.dueDate : latest), plan.launchDate);
}

/** The epic's budget and KPI custom-field values (the app's own Jira fields), for creation and later updates. */
export function epicFieldValues(plan: Pick<CampaignPlan, 'budget' | 'kpis'>, fields: AppFieldIds): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (fields.campaignBudget) values[fields.campaignBudget] = { amount: plan.budget.amount, currency: plan.budget.currency };
  if (fields.campaignKpis) {
    values[fields.campaignKpis] = {
      items: plan.kpis.map((k) => ({ id: k.kpiId, name: k.name, unit: k.unit, target: k.target, direction: k.direction })),
    };
  }
  return values;
}

export function epicPayload(plan: CampaignPlan, requestId: string, fields: AppFieldIds): IssueUpdateDetails {
  const values: Record<string, unknown> = {
    project: { key: plan.projectKey },
    issuetype: { name: ISSUE_TYPE.epic },
    summary: plan.name,
    duedate: epicDueDate(plan),
    labels: labelsOf(plan),
    description: epicDescription(plan),
  };
  Object.assign(values, epicFieldValues(plan, fields));
  // The epic is born with its targeting, so JQL finds the campaign by audience and channel from the start.
  return {
    fields: values,
    properties: [
      { key: ROW_PROPERTY_KEY, value: { requestId, rowId: EPIC_ROW_ID, kind: 'epic' } },
      { key: TARGETING_PROPERTY_KEY, value: targetingOf(plan) },
    ],
  };
}

export function rowPayload(plan: CampaignPlan, row: PlanRow, requestId: string, epicKey: string, fields: AppFieldIds): RowPayload {
  const values: Record<string, unknown> = {
    project: { key: plan.projectKey },
    issuetype: { name: ISSUE_TYPE[row.kind] },
    summary: row.summary,
    parent: { key: epicKey },
    duedate: row.dueDate,
    labels: labelsOf(plan),
  };
  if (row.assigneeAccountId) values.assignee = { accountId: row.assigneeAccountId };
  if (row.kind === 'task' && row.plannedCost !== undefined && fields.plannedCost) values[fields.plannedCost] = row.plannedCost;
  const property: RowProperty = {
    requestId,
    rowId: row.rowId,
    kind: row.kind,
    ...(row.kind === 'task' && row.parentRowId ? { milestoneRowId: row.parentRowId } : {}),
  };
  return { rowId: row.rowId, details: { fields: values, properties: [{ key: ROW_PROPERTY_KEY, value: property }] } };
}

/** Payloads for the rows not created yet, milestones first (so a partial run leaves the skeleton in place). */
export function missingRowPayloads(
  plan: CampaignPlan,
  requestId: string,
  epicKey: string,
  fields: AppFieldIds,
  existing: ReadonlySet<string>,
): RowPayload[] {
  const order = (r: PlanRow): number => (r.kind === 'milestone' ? 0 : 1);
  return plan.rows
    .filter((r) => !existing.has(r.rowId))
    .sort((a, b) => order(a) - order(b))
    .map((r) => rowPayload(plan, r, requestId, epicKey, fields));
}
