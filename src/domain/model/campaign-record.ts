import { z } from 'zod';
import { CampaignPlan } from './plan';

/** How many applied leveling requests a campaign record remembers. */
export const LEVELING_LOG = 50;

/**
 * What the app keeps about a created campaign in app storage (`campaign:<EPIC-KEY>`): the plan it was created
 * from and which issue each plan row became. Jira stays the source of truth for dates, status and fields;
 * this record lets re-plan and "Compare with brief" map rows back to issues without re-reading everything.
 */
export const CampaignRecord = z
  .object({
    epicKey: z.string(),
    requestId: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    plan: CampaignPlan,
    /** rowId → issue key, including `epic`. */
    issueKeys: z.record(z.string()),
    /**
     * The last leveling changes applied with a request id (`applyLevelingProposal`), each as its canonical text:
     * the same request again changes nothing, even if the campaign moved since.
     */
    leveling: z
      .array(z.object({ requestId: z.string(), change: z.string(), at: z.string() }).strict())
      .max(LEVELING_LOG)
      .optional(),
  })
  .strict();
export type CampaignRecord = z.infer<typeof CampaignRecord>;

/** The issue property every created issue carries: the idempotency key of creation. */
export const ROW_PROPERTY_KEY = 'campaignControlRow';
export const RowProperty = z
  .object({
    requestId: z.string(),
    rowId: z.string(),
    kind: z.enum(['epic', 'milestone', 'task']),
    milestoneRowId: z.string().optional(),
  })
  .strict();
export type RowProperty = z.infer<typeof RowProperty>;

/** Creation job progress, kept in app storage under `job:<jobId>` and polled by the project page. */
export const CreationJob = z
  .object({
    jobId: z.string(),
    requestId: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    /** Issues the plan needs (epic + rows) and links. */
    totalIssues: z.number().int(),
    totalLinks: z.number().int(),
    createdIssues: z.number().int(),
    createdLinks: z.number().int(),
    epicKey: z.string().optional(),
    issueKeys: z.record(z.string()),
    /** Row-level errors, mapped back from `failedElementNumber`; each names the row and the field. */
    errors: z.array(
      z
        .object({
          rowId: z.string().optional(),
          field: z.string().optional(),
          message: z.string(),
          /** The problem's wording message (`creation.linkFailed`), so the page words it for its reader. */
          code: z.string().optional(),
          params: z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
        })
        .strict(),
    ),
    attempts: z.number().int(),
    updatedAt: z.string(),
  })
  .strict();
export type CreationJob = z.infer<typeof CreationJob>;
