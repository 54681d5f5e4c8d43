import type { CampaignPlan, CampaignTargeting, PlanRow, RowProperty, SignOffMirror } from '../model';
import { ROW_PROPERTY_KEY, SIGNOFF_PROPERTY_KEY, TARGETING_PROPERTY_KEY, targetingOf } from '../model';
import { gateStates, mirrorOf } from '../signoff';
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
  /** The row property first (every issue is born with it), then the epic's targeting or a gated milestone's mirror. */
  properties: [
    { key: typeof ROW_PROPERTY_KEY; value: RowProperty },
    ...({ key: typeof TARGETING_PROPERTY_KEY; value: CampaignTargeting } | { key: typeof SIGNOFF_PROPERTY_KEY; value: SignOffMirror })[],
  ];
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

/**
 * The sign-off mirror a gated milestone is born with (its gates before any decision), so JQL finds pending gates from
 * creation on without a write of its own; undefined for a row no gate guards.
 */
export function initialMirrorOf(plan: CampaignPlan, rowId: string, now: string): SignOffMirror | undefined {
  const gates = plan.gates.filter((g) => g.milestoneRowId === rowId);
  if (gates.length === 0) return undefined;
  const states = gateStates({ gates: plan.gates, allEntries: [], today: now.slice(0, 10), calendar: plan.holidayCalendar });
  return mirrorOf(gates, states, 0, now);
}

export function rowPayload(
  plan: CampaignPlan,
  row: PlanRow,
  requestId: string,
  epicKey: string,
  fields: AppFieldIds,
  now?: string,
): RowPayload {
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
  const mirror = now !== undefined && row.kind === 'milestone' ? initialMirrorOf(plan, row.rowId, now) : undefined;
  return {
    rowId: row.rowId,
    details: {
      fields: values,
      properties: [{ key: ROW_PROPERTY_KEY, value: property }, ...(mirror ? [{ key: SIGNOFF_PROPERTY_KEY, value: mirror } as const] : [])],
    },
  };
}

/**
 * Payloads for the rows not created yet, milestones first (so a partial run leaves the skeleton in place); with
 * `now`, gated milestones carry their first sign-off mirror.
 */
export function missingRowPayloads(
  plan: CampaignPlan,
  requestId: string,
  epicKey: string,
  fields: AppFieldIds,
  existing: ReadonlySet<string>,
  now?: string,
): RowPayload[] {
  const order = (r: PlanRow): number => (r.kind === 'milestone' ? 0 : 1);
  return plan.rows
    .filter((r) => !existing.has(r.rowId))
    .sort((a, b) => order(a) - order(b))
    .map((r) => rowPayload(plan, r, requestId, epicKey, fields, now));
}
