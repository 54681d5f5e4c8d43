import { z } from 'zod';
import { ROW_PROPERTY_KEY, RowProperty, type CostCategory, type SnapshotIssue } from '../model';
import { estimateNumber, workEstimate } from './work-estimate';

/** The Jira fields a snapshot issue is built from (besides the app's cost fields, found by id at runtime). */
export const SNAPSHOT_SYSTEM_FIELDS = [
  'summary',
  'status',
  'issuetype',
  'parent',
  'duedate',
  'created',
  'updated',
  'resolutiondate',
  'assignee',
  'issuelinks',
  // Time tracking, in seconds: the remaining and original estimates (null when not set).
  'timeestimate',
  'timeoriginalestimate',
] as const;

/**
 * The app's number fields on campaign issues, by Jira field id (absent = not installed on this site), and the site's
 * story points field (absent = the site has none).
 */
export interface CostFieldIds {
  plannedCost?: string;
  actualCost?: string;
  committedCost?: string;
  storyPoints?: string;
}

const Ref = z
  .object({
    key: z.string(),
    fields: z
      .object({ issuetype: z.object({ name: z.string() }).passthrough().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();
const Link = z
  .object({ type: z.object({ name: z.string() }).passthrough(), inwardIssue: Ref.optional(), outwardIssue: Ref.optional() })
  .passthrough();

/** One issue of `issue/bulkfetch` or `search/jql` with the snapshot's fields and the row property. */
export const JiraCampaignIssue = z
  .object({
    id: z.string(),
    key: z.string(),
    fields: z
      .object({
        summary: z.string(),
        status: z.object({ statusCategory: z.object({ key: z.string() }).passthrough() }).passthrough(),
        issuetype: z.object({ name: z.string() }).passthrough(),
        parent: Ref.optional(),
        duedate: z.string().nullable().optional(),
        created: z.string(),
        updated: z.string(),
        resolutiondate: z.string().nullable().optional(),
        assignee: z.object({ accountId: z.string() }).passthrough().nullable().optional(),
        issuelinks: z.array(Link).default([]),
        timeestimate: z.number().nullable().optional(),
        timeoriginalestimate: z.number().nullable().optional(),
      })
      .passthrough(),
    properties: z.record(z.unknown()).optional(),
  })
  .passthrough();
export type JiraCampaignIssue = z.infer<typeof JiraCampaignIssue>;

/** What the mapping needs from the campaign record: milestone keys by row id, and the plan's estimates and categories. */
export interface CampaignRows {
  keyByRowId: Readonly<Record<string, string>>;
  estimateByRowId: Readonly<Record<string, number>>;
  categoryByRowId: Readonly<Record<string, CostCategory>>;
}

const BLOCKS = 'blocks';
const STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;

function statusCategoryOf(key: string): SnapshotIssue['statusCategory'] {
  // Jira's 'undefined' category (no category) reads as not started.
  return (STATUS_CATEGORIES as readonly string[]).includes(key) ? (key as SnapshotIssue['statusCategory']) : 'new';
}

function numberOf(fields: Record<string, unknown>, id: string | undefined): number | null {
  return id ? estimateNumber(fields[id]) : null;
}

function kindOf(issueType: string, property: RowProperty | undefined): SnapshotIssue['kind'] {
  if (property) return property.kind;
  const type = issueType.toLowerCase();
  if (type === 'epic') return 'epic';
  if (type === 'milestone') return 'milestone';
  if (type === 'task') return 'task';
  return 'other';
}

const dayOf = (value: string | null | undefined): string | null => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);

/** Jira's issue JSON → the snapshot's compact record. Pure. */
export function toSnapshotIssue(issue: JiraCampaignIssue, costFields: CostFieldIds, rows: CampaignRows): SnapshotIssue {
  const f = issue.fields;
  const parsedProperty = RowProperty.safeParse(issue.properties?.[ROW_PROPERTY_KEY]);
  const property = parsedProperty.success ? parsedProperty.data : undefined;
  const kind = kindOf(f.issuetype.name, property);
  const blocks = f.issuelinks.filter((l) => l.type.name.toLowerCase() === BLOCKS);
  // A task belongs to the milestone named by its row property, else to the milestone it blocks.
  const milestoneFromProperty = property?.milestoneRowId ? rows.keyByRowId[property.milestoneRowId] : undefined;
  const milestoneFromLink = blocks.find((l) => l.outwardIssue?.fields?.issuetype?.name.toLowerCase() === 'milestone')?.outwardIssue?.key;
  const milestoneKey = kind === 'task' || kind === 'other' ? (milestoneFromProperty ?? milestoneFromLink) : undefined;
  const rowId = property?.rowId;
  const extra = f as Record<string, unknown>;
  const estimate = workEstimate(
    {
      remainingSeconds: estimateNumber(f.timeestimate),
      originalSeconds: estimateNumber(f.timeoriginalestimate),
      storyPoints: numberOf(extra, costFields.storyPoints),
    },
    rowId !== undefined ? (rows.estimateByRowId[rowId] ?? null) : null,
  );
  return {
    key: issue.key,
    id: issue.id,
    kind,
    ...(rowId ? { rowId } : {}),
    ...(milestoneKey ? { milestoneKey } : {}),
    summary: f.summary,
    statusCategory: statusCategoryOf(f.status.statusCategory.key),
    dueDate: dayOf(f.duedate),
    created: f.created,
    resolved: f.resolutiondate ?? null,
    assigneeAccountId: f.assignee?.accountId ?? null,
    estimateDays: estimate.days,
    ...(estimate.source ? { estimateSource: estimate.source } : {}),
    plannedCost: numberOf(extra, costFields.plannedCost),
    actualCost: numberOf(extra, costFields.actualCost),
    committedCost: numberOf(extra, costFields.committedCost),
    costCategory: rowId !== undefined ? (rows.categoryByRowId[rowId] ?? null) : null,
    blockedBy: blocks.flatMap((l) => (l.inwardIssue ? [l.inwardIssue.key] : [])).sort(),
    updated: f.updated,
  };
}

/** The campaign structure a record gives the mapping. */
export function campaignRowsOf(record: {
  issueKeys: Readonly<Record<string, string>>;
  plan: { rows: readonly { rowId: string; estimateBusinessDays: number; costCategory?: CostCategory }[] };
}): CampaignRows {
  const estimateByRowId: Record<string, number> = {};
  const categoryByRowId: Record<string, CostCategory> = {};
  for (const r of record.plan.rows) {
    estimateByRowId[r.rowId] = r.estimateBusinessDays;
    if (r.costCategory) categoryByRowId[r.rowId] = r.costCategory;
  }
  return { keyByRowId: record.issueKeys, estimateByRowId, categoryByRowId };
}

/** The epic a Jira issue belongs to: itself when it is an epic, else its parent. */
export function epicKeyOf(issue: { key: string; fields: { issuetype: { name: string }; parent?: { key: string } } }): string | undefined {
  if (issue.fields.issuetype.name.toLowerCase() === 'epic') return issue.key;
  return issue.fields.parent?.key;
}
