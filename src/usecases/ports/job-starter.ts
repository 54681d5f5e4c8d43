import type { AddRowsPlan } from '../../domain/breakdown';
import type { ActingUser } from '../acting-user';

/** The campaign creation job, started once per request id (the same request again resumes it, never duplicates). */
export interface JobStarterPort {
  queue(requestId: string, user: ActingUser, work: AddRowsPlan): Promise<{ jobId: string }>;
}
