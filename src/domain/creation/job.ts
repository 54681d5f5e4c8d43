import { createHash } from 'node:crypto';
import type { CampaignPlan, CreationJob } from '../model';
import { plannedLinks } from './links';

/** What a creation job creates and for whom (stored beside the job; never changes once stored). */
export interface JobInputs {
  requestId: string;
  createdBy: string;
  createdAt: string;
  plan: CampaignPlan;
  /** Rows of the plan that exist already, outside this request (adding rows to a campaign: its epic and milestone). */
  existingKeys?: Record<string, string>;
  /** The PM's consent to add the campaign status macro to the plan's brief page once the epic exists. */
  insertStatusMacro?: boolean;
}

/** The same request id always names the same job: sending "Create" twice resumes, never duplicates. */
export const jobIdFor = (requestId: string): string => `job-${createHash('sha256').update(requestId).digest('hex').slice(0, 32)}`;

/** A job not started yet: everything of the plan to create except the rows that exist already. */
export function newJob(jobId: string, input: JobInputs): CreationJob {
  const existing = Object.keys(input.existingKeys ?? {}).length;
  return {
    jobId,
    requestId: input.requestId,
    state: 'queued',
    totalIssues: input.plan.rows.length + 1 - existing,
    totalLinks: plannedLinks(input.plan).length,
    createdIssues: 0,
    createdLinks: 0,
    issueKeys: {},
    errors: [],
    attempts: 0,
    updatedAt: input.createdAt,
  };
}

/** What makes two requests the same: the plan's rows to create, and where they go (existing rows). */
export const requestFingerprint = (input: Pick<JobInputs, 'plan' | 'existingKeys'>): string =>
  input.existingKeys
    ? JSON.stringify({ existingKeys: input.existingKeys, rows: input.plan.rows.filter((r) => !input.existingKeys?.[r.rowId]) })
    : JSON.stringify(input.plan);
