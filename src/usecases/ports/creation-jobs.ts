import type { JobInputs } from '../../domain/creation/job';
import type { LeaseClaim } from '../../domain/creation/lease';
import type { CreationJob } from '../../domain/model';

/** Creation jobs in app storage: progress (polled by the page), what to create and for whom, one run at a time. */
export interface CreationJobsPort {
  /** Stores a new job and its input together; false when the job exists already (same request sent again). */
  createOnce(job: CreationJob, input: JobInputs): Promise<boolean>;
  job(jobId: string): Promise<CreationJob | undefined>;
  input(jobId: string): Promise<JobInputs | undefined>;
  save(job: CreationJob): Promise<void>;
  /** True when this run now holds the job's lease (free, expired, or a redelivery taking over a killed run). */
  acquireLease(jobId: string, claim: LeaseClaim): Promise<boolean>;
  releaseLease(jobId: string, holder: string): Promise<void>;
}
