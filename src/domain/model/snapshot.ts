import { z } from 'zod';
import { CostCategory, IsoDate } from './common';

/** Where an issue's work comes from (`src/domain/snapshot/work-estimate.ts`). */
export const EstimateSource = z.enum(['remaining', 'original', 'points', 'template']);
export type EstimateSource = z.infer<typeof EstimateSource>;

/**
 * The roll-up the panel computes from: one compact record per campaign issue, kept in app storage
 * (`snapshot:<EPIC-KEY>`) and refreshed incrementally from Jira issue events. Only the fields the panel needs.
 */
export const SnapshotIssue = z
  .object({
    key: z.string(),
    id: z.string(),
    kind: z.enum(['epic', 'milestone', 'task', 'other']),
    /** From the `campaignControlRow` property (absent for issues people added by hand). */
    rowId: z.string().optional(),
    /** The milestone a task belongs to (row property, or the milestone it blocks). */
    milestoneKey: z.string().optional(),
    summary: z.string(),
    statusCategory: z.enum(['new', 'indeterminate', 'done']),
    dueDate: IsoDate.nullable(),
    created: z.string(),
    /** When it reached a done status (resolution date), ISO datetime. */
    resolved: z.string().nullable(),
    assigneeAccountId: z.string().nullable(),
    /**
     * Business days of work: Jira's remaining estimate, else its original estimate, else story points, else the plan
     * row's estimate (`src/domain/snapshot/work-estimate.ts`); null when none is known.
     */
    estimateDays: z.number().nonnegative().nullable(),
    /** Which of those `estimateDays` comes from (absent with no estimate, and in snapshots stored before it existed). */
    estimateSource: EstimateSource.optional(),
    plannedCost: z.number().nonnegative().nullable(),
    actualCost: z.number().nonnegative().nullable(),
    committedCost: z.number().nonnegative().nullable(),
    costCategory: CostCategory.nullable(),
    /** Keys of issues that block this one ("Blocks" links, inward). */
    blockedBy: z.array(z.string()),
    updated: z.string(),
  })
  .strict();
export type SnapshotIssue = z.infer<typeof SnapshotIssue>;

export const CampaignSnapshot = z
  .object({
    epicKey: z.string(),
    issues: z.record(SnapshotIssue),
    /** Resolution dates (ISO day) of the project's done issues over the last 12 weeks: the team's throughput history. */
    throughputDays: z.array(IsoDate),
    refreshedAt: z.string(),
    /** Increments on every change, so concurrent refreshes can detect a lost update. */
    version: z.number().int().min(0),
  })
  .strict();
export type CampaignSnapshot = z.infer<typeof CampaignSnapshot>;
