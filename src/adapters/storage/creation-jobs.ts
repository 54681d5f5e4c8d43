import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { CampaignPlan, CreationJob } from '../../domain/model';
import { AppError } from '../../shared/result';

/**
 * Creation jobs in app storage: `job:<jobId>` (progress, polled by the page), `job-input:<jobId>` (what to
 * create and for whom) and `job-lease:<jobId>` (one run at a time).
 */
const JOB = (jobId: string): string => `job:${jobId}`;
const INPUT = (jobId: string): string => `job-input:${jobId}`;
const LEASE = (jobId: string): string => `job-lease:${jobId}`;
/** Longer than the longest run (a consumer's 55 s default), so a crashed run frees the job soon after. */
const LEASE_SECONDS = 120;

export const JobInput = z.object({ requestId: z.string(), createdBy: z.string(), createdAt: z.string(), plan: CampaignPlan }).strict();
export type JobInput = z.infer<typeof JobInput>;

function parsed<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, key: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('INTERNAL', `Stored value ${key} is unreadable.`);
  return result.data;
}

export async function getJob(jobId: string): Promise<CreationJob | undefined> {
  return parsed(CreationJob, JOB(jobId), await kvs.get<unknown>(JOB(jobId)));
}

export async function saveJob(job: CreationJob): Promise<void> {
  await kvs.set(JOB(job.jobId), job);
}

export async function getJobInput(jobId: string): Promise<JobInput | undefined> {
  return parsed(JobInput, INPUT(jobId), await kvs.get<unknown>(INPUT(jobId)));
}

/** Stores a new job and its input together; false when the job exists already (same request sent again). */
export async function createJobOnce(job: CreationJob, input: JobInput): Promise<boolean> {
  try {
    await kvs.set(INPUT(job.jobId), input, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (e) {
    if ((e as { code?: string }).code === 'KEY_ALREADY_EXISTS') return false;
    throw e;
  }
  await saveJob(job);
  return true;
}

/** Claims the job for one run; false when another run holds it. */
export async function acquireLease(jobId: string, holder: string): Promise<boolean> {
  try {
    await kvs.set(LEASE(jobId), { holder }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: LEASE_SECONDS, unit: 'SECONDS' } });
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'KEY_ALREADY_EXISTS') return false;
    throw e;
  }
}

export async function releaseLease(jobId: string): Promise<void> {
  await kvs.delete(LEASE(jobId));
}
