import { createHash } from 'node:crypto';
import type { CreateBreakdownResult } from '../../contracts/breakdown';
import { addRowsPlan, type BreakdownTask } from '../../domain/breakdown';
import type { ActingUser } from '../acting-user';
import type { JobStarterPort } from '../ports/job-starter';
import { breakdownContext, type BreakdownContextPorts } from './breakdown-context';

export interface CreateBreakdownPorts extends BreakdownContextPorts {
  jobs: JobStarterPort;
}

/**
 * Creates the edited tasks as children of the epic tied to the milestone, with the campaign's own creation job (the
 * same request id resumes it). Errors: those of `breakdownContext`; INVALID_INPUT `tasks…` for tasks that do not fit
 * the campaign; INVALID_INPUT `requestId` and TRY_AGAIN from the creation job.
 */
export async function createBreakdown(
  input: { requestId: string; issueKey: string; milestoneKey?: string | undefined; tasks: readonly BreakdownTask[] },
  user: ActingUser,
  ports: CreateBreakdownPorts,
): Promise<CreateBreakdownResult> {
  const { record, target } = await breakdownContext(input.issueKey, user, ports, input.milestoneKey);
  // Row ids unique to this request, stable across its retries.
  const prefix = `bd${createHash('sha256').update(input.requestId).digest('hex').slice(0, 6)}`;
  const { jobId } = await ports.jobs.queue(input.requestId, user, addRowsPlan(record, target, input.tasks, prefix));
  return { jobId, epicKey: record.epicKey, milestoneKey: target.milestoneKey };
}
