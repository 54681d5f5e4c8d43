import type { JobInputs } from '../../../src/domain/creation/job';
import { mayTakeOver, type JobLease } from '../../../src/domain/creation/lease';
import type { CreationJob } from '../../../src/domain/model';
import type { CreationJobsPort } from '../../../src/usecases/ports/creation-jobs';
import type { CreationQueuePort } from '../../../src/usecases/ports/creation-queue';

/** Creation jobs in memory, with the same lease rule as app storage (`mayTakeOver`), at a fixed time. */
export function memoryJobs(
  now = Date.parse('2026-11-24T09:00:00.000Z'),
): CreationJobsPort & { jobs: Map<string, CreationJob>; leases: Map<string, JobLease> } {
  const jobs = new Map<string, CreationJob>();
  const inputs = new Map<string, JobInputs>();
  const leases = new Map<string, JobLease>();
  return {
    jobs,
    leases,
    async createOnce(job, input) {
      if (inputs.has(job.jobId)) return false;
      inputs.set(job.jobId, input);
      jobs.set(job.jobId, job);
      return true;
    },
    job: async (id) => jobs.get(id),
    input: async (id) => inputs.get(id),
    async save(job) {
      jobs.set(job.jobId, job);
    },
    async acquireLease(jobId, claim) {
      const current = leases.get(jobId);
      if (current && !mayTakeOver(current, claim, now)) return false;
      leases.set(jobId, claim);
      return true;
    },
    async releaseLease(jobId, holder) {
      if (leases.get(jobId)?.holder === holder) leases.delete(jobId);
    },
  };
}

/** A queue that records what was pushed; `refuse` makes it answer false (the platform refused the push). */
export function memoryQueue(refuse = false): CreationQueuePort & { pushed: { jobId: string; delayInSeconds?: number }[] } {
  const pushed: { jobId: string; delayInSeconds?: number }[] = [];
  return {
    pushed,
    async enqueue(jobId, delayInSeconds) {
      if (refuse) return false;
      pushed.push({ jobId, ...(delayInSeconds ? { delayInSeconds } : {}) });
      return true;
    },
  };
}
