import { createHash, randomUUID } from 'node:crypto';
import { Queue } from '@forge/events';
import { appFieldIdsWithMissing } from '../adapters/jira/fields';
import { bulkCreateIssues, createIssue } from '../adapters/jira/bulk-create';
import { findIssuesOfRequest } from '../adapters/jira/issue-search';
import { createIssueLink } from '../adapters/jira/links';
import { myProjectPermissions } from '../adapters/jira/permissions';
import { upsertRemoteLink } from '../adapters/jira/remote-links';
import { forgeRemainingMs, RetryGate } from '../adapters/http/retry';
import { getCampaignRecord, saveCampaignRecord } from '../adapters/storage/campaign-records';
import { acquireLease, createJobOnce, getJob, getJobInput, releaseLease, saveJob, type JobInput } from '../adapters/storage/creation-jobs';
import { plannedLinks } from '../domain/creation/links';
import { leaseDeadline } from '../domain/creation/lease';
import type { CreationPorts } from '../domain/creation/ports';
import { runCreation } from '../domain/creation/run-job';
import { mergeAddedRows } from '../domain/breakdown/add-rows-plan';
import type { CampaignRecord, CreationJob } from '../domain/model';
import { AppError } from '../shared/result';
import { contractResolver, type CallerContext } from './define';

export const CREATION_QUEUE = 'campaign-creation';

/** The same request id always names the same job: sending "Create" twice resumes, never duplicates. */
export const jobIdFor = (requestId: string): string => `job-${createHash('sha256').update(requestId).digest('hex').slice(0, 32)}`;

/** Delay before a run that stopped on a busy Jira resumes: longer than Jira's usual Retry-After. */
const RESUME_DELAY_SECONDS = 15;

async function enqueue(jobId: string, delayInSeconds = 0): Promise<boolean> {
  try {
    // One run per job at a time (the lease also guards this, e.g. against a page-triggered run).
    await new Queue({ key: CREATION_QUEUE }).push([{ body: { jobId }, concurrency: { key: jobId, limit: 1 }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) }]);
    return true;
  } catch (e) {
    console.error('[campaign-control] could not queue creation job', jobId, e);
    return false;
  }
}

async function requireCreatePermission(projectKey: string): Promise<void> {
  let allowed: boolean;
  try {
    allowed = (await myProjectPermissions(projectKey, ['CREATE_ISSUES'])).CREATE_ISSUES;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', `plan.projectKey: project '${projectKey}' does not exist or you cannot see it`, 'plan.projectKey');
    throw e;
  }
  if (!allowed) throw new AppError('FORBIDDEN', `plan.projectKey: you cannot create issues in project '${projectKey}'`, 'plan.projectKey');
}

function newJob(jobId: string, input: JobInput): CreationJob {
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

async function ownJob(jobId: string, caller: CallerContext): Promise<{ job: CreationJob; input: JobInput }> {
  const [job, input] = await Promise.all([getJob(jobId), getJobInput(jobId)]);
  // Someone else's job reads as no job at all.
  if (!job || !input || input.createdBy !== caller.accountId) throw new AppError('NOT_FOUND', `jobId: no creation job '${jobId}'`, 'jobId');
  return { job, input };
}

/** What makes two requests the same: the plan's rows to create, and where they go (existing rows). */
const requestFingerprint = (input: Pick<JobInput, 'plan' | 'existingKeys'>): string =>
  input.existingKeys
    ? JSON.stringify({ existingKeys: input.existingKeys, rows: input.plan.rows.filter((r) => !input.existingKeys?.[r.rowId]) })
    : JSON.stringify(input.plan);

/**
 * Stores and queues a creation job once per request id: the same request sent again resumes the same job, never
 * duplicates. Used for a new campaign and for rows added to an existing one (`existingKeys`).
 */
export async function queueCreationJob(requestId: string, caller: CallerContext, work: Pick<JobInput, 'plan' | 'existingKeys'>): Promise<{ jobId: string }> {
  const jobId = jobIdFor(requestId);
  const input: JobInput = { requestId, createdBy: caller.accountId, createdAt: new Date().toISOString(), ...work };
  if (!(await createJobOnce(newJob(jobId, input), input))) {
    const { job, input: stored } = await ownJob(jobId, caller).catch(() => {
      throw new AppError('INVALID_INPUT', 'requestId: is already used by another creation; send a new one', 'requestId');
    });
    if (requestFingerprint(stored) !== requestFingerprint(input)) {
      throw new AppError('INVALID_INPUT', 'requestId: was already used for a different plan; send a new requestId to create this one', 'requestId');
    }
    if (job.state === 'done') return { jobId };
  }
  if (!(await enqueue(jobId))) {
    throw new AppError('TRY_AGAIN', 'The creation could not be started; press Create again (nothing will be duplicated).');
  }
  return { jobId };
}

export const createCampaignResolver = contractResolver('createCampaign', async ({ requestId, plan }, caller) => {
  await requireCreatePermission(plan.projectKey);
  return queueCreationJob(requestId, caller, { plan });
});

export const getCreationJobResolver = contractResolver('getCreationJob', async ({ jobId }, caller) => (await ownJob(jobId, caller)).job);

/** Rows added to an existing campaign join its record; a new campaign's record is the job's own. */
async function saveRecordOf(input: JobInput, record: CampaignRecord): Promise<void> {
  if (!input.existingKeys) return saveCampaignRecord(record);
  const current = await getCampaignRecord(record.epicKey);
  if (!current) throw new AppError('NOT_FOUND', `The campaign record of ${record.epicKey} is gone; the added issues exist in Jira but the panel will not count them.`);
  const added = record.plan.rows.filter((r) => !input.existingKeys?.[r.rowId]);
  await saveCampaignRecord(mergeAddedRows(current, added, record.issueKeys));
}

function jiraPorts(input: JobInput): CreationPorts {
  const retry = new RetryGate(); // one per run: a quota pause holds every call of this invocation
  return {
    now: () => new Date().toISOString(),
    findAppFields: () => appFieldIdsWithMissing(retry),
    findIssuesOfRequest: (requestId) => findIssuesOfRequest(requestId, retry),
    createIssue: (details) => createIssue(details, retry),
    bulkCreate: (updates) => bulkCreateIssues(updates, retry),
    createLink: (type, fromKey, toKey) => createIssueLink(type, fromKey, toKey, retry),
    upsertRemoteLink: (issueKey, link) => upsertRemoteLink(issueKey, link, retry),
    saveJob,
    saveRecord: (record) => saveRecordOf(input, record),
  };
}

/** Runs (or resumes) a job; the `campaign-creation` queue's consumer calls it, and so may the page to retry. */
export const runCreationJobResolver = contractResolver('runCreationJob', async ({ jobId }, caller) => {
  const { job, input } = await ownJob(jobId, caller);
  if (job.state === 'done') return job;
  // The lease ends with this invocation; a redelivery of the same queue event takes over a killed run's lease.
  const lease = { holder: randomUUID(), expiresAt: leaseDeadline(Date.now(), forgeRemainingMs()), ...(caller.deliveryId ? { delivery: caller.deliveryId } : {}) };
  if (!(await acquireLease(jobId, lease))) return job; // another run is at work on it
  try {
    return await runCreation(job, input, jiraPorts(input));
  } catch (e) {
    const latest = (await getJob(jobId)) ?? job;
    const paused = e instanceof AppError && e.code === 'TRY_AGAIN';
    const message = e instanceof AppError ? e.message : 'Creation stopped on an unexpected error.';
    if (!(e instanceof AppError)) console.error('[campaign-control] creation job failed', jobId, e);
    // Out of time or Jira busy: queue the rest; if that fails too, say how to resume.
    const requeued = paused && (await enqueue(jobId, RESUME_DELAY_SECONDS));
    const stopped: CreationJob = {
      ...latest,
      state: requeued ? 'queued' : 'failed',
      errors: [...latest.errors, { message: requeued ? `${message} Resuming shortly.` : `${message} Press Create again to resume: nothing will be duplicated.` }],
      updatedAt: new Date().toISOString(),
    };
    await saveJob(stopped);
    return stopped;
  } finally {
    await releaseLease(jobId, lease.holder);
  }
});
