import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { CampaignPlan, CreationJob } from '../../domain/model';
import { AppError } from '../../shared/result';
import { LEASE_MAX_MS, mayTakeOver, type LeaseClaim } from '../../domain/creation/lease';

/**
 * Creation jobs in app storage: `job:<jobId>` (progress, polled by the page), `job-input:<jobId>` (what to
 * create and for whom), `job-lease:<jobId>` (one run at a time) and `job-lease-takeover:<jobId>:<holder>`
 * (who replaced a dead run's lease).
 */
const JOB = (jobId: string): string => `job:${jobId}`;
const INPUT = (jobId: string): string => `job-input:${jobId}`;
const LEASE = (jobId: string): string => `job-lease:${jobId}`;
const TAKEOVER = (jobId: string, deadHolder: string): string => `job-lease-takeover:${jobId}:${deadHolder}`;
const JobLeaseValue = z.object({ holder: z.string(), expiresAt: z.number().optional(), delivery: z.string().optional() });

export const JobInput = z
  .object({
    requestId: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    plan: CampaignPlan,
    /** Adding rows to an existing campaign: rows that exist already (its epic and milestone) → their keys. */
    existingKeys: z.record(z.string()).optional(),
    /** The PM's consent to add the campaign status macro to the brief page. */
    insertStatusMacro: z.boolean().optional(),
  })
  .strict();
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
    if ((e as { code?: string }).code !== 'KEY_ALREADY_EXISTS') throw e;
    await restoreLostJob(job, input);
    return false;
  }
  await saveJob(job);
  return true;
}

const sameRequest = (a: JobInput, b: JobInput): boolean =>
  JSON.stringify([a.createdBy, a.plan, a.existingKeys ?? null]) === JSON.stringify([b.createdBy, b.plan, b.existingKeys ?? null]);

/** A run killed between the input's write and the job's leaves an input without its job: the same request sent again writes it. */
async function restoreLostJob(job: CreationJob, input: JobInput): Promise<void> {
  if ((await getJob(job.jobId)) !== undefined) return;
  const stored = await getJobInput(job.jobId);
  if (stored && sameRequest(stored, input))
    await kvs.set(JOB(job.jobId), job, { keyPolicy: 'FAIL_IF_EXISTS' }).catch((e: unknown) => {
      if ((e as { code?: string }).code !== 'KEY_ALREADY_EXISTS') throw e;
    });
}

/** Claims the job for one run; false when a live run holds it. A dead run's lease is taken over (see domain/creation/lease). */
export async function acquireLease(jobId: string, claim: LeaseClaim, now = Date.now()): Promise<boolean> {
  const ttl = { value: Math.ceil((claim.expiresAt - now) / 1000) + 1, unit: 'SECONDS' } as const;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await kvs.set(LEASE(jobId), claim, { keyPolicy: 'FAIL_IF_EXISTS', ttl });
      return true;
    } catch (e) {
      if ((e as { code?: string }).code !== 'KEY_ALREADY_EXISTS') throw e;
    }
    const current = parsed(JobLeaseValue, LEASE(jobId), await kvs.get<unknown>(LEASE(jobId)));
    if (current === undefined) continue; // released meanwhile: try again
    if (!mayTakeOver(current, claim, now)) return false;
    // Only one contender may replace a given dead holder; the others see the takeover key and step back.
    try {
      await kvs.set(
        TAKEOVER(jobId, current.holder),
        { by: claim.holder },
        { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: LEASE_MAX_MS / 1000, unit: 'SECONDS' } },
      );
    } catch (e) {
      if ((e as { code?: string }).code === 'KEY_ALREADY_EXISTS') return false;
      throw e;
    }
    await kvs.set(LEASE(jobId), claim, { ttl });
    return true;
  }
  return false;
}

/** Frees the job, unless another run has taken the lease over since. */
export async function releaseLease(jobId: string, holder: string): Promise<void> {
  const current = parsed(JobLeaseValue, LEASE(jobId), await kvs.get<unknown>(LEASE(jobId)));
  if (current?.holder === holder) await kvs.delete(LEASE(jobId));
}
