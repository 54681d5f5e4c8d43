import { breakdownTarget, type BreakdownTarget } from '../../domain/breakdown';
import { DomainError } from '../../domain/errors';
import type { CampaignRecord } from '../../domain/model';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { GoalIssue, GoalIssuesPort } from '../ports/goal-issues';
import type { ProjectGrantsPort } from '../ports/project-grants';

export interface BreakdownContextPorts {
  issues: GoalIssuesPort;
  records: CampaignRecordsPort;
  grants: ProjectGrantsPort;
}

export interface BreakdownContext {
  issue: GoalIssue;
  record: CampaignRecord;
  target: BreakdownTarget;
}

/**
 * The campaign epic or milestone behind `issueKey`, as the user sees it, once the policy lets them break it down
 * (`breakdown.create`: create issues in its project). Errors: NOT_FOUND when the user cannot see the issue or its
 * project; FORBIDDEN `issueKey` without the create issues permission; INVALID_INPUT `issueKey` for an issue that is
 * not a campaign epic or milestone of the app; INVALID_INPUT `milestoneKey` for a key that is not one of its milestones.
 */
export async function breakdownContext(
  issueKey: string,
  user: ActingUser,
  ports: BreakdownContextPorts,
  milestoneKey?: string,
): Promise<BreakdownContext> {
  const issue = await ports.issues.read(issueKey);
  await authoriseProjectAction(ports.grants, user, issue.projectKey, 'breakdown.create', 'issueKey');
  const record = (await ports.records.get(issue.key)) ?? (issue.parentKey ? await ports.records.get(issue.parentKey) : undefined);
  const target = record ? breakdownTarget(record, issue.key, milestoneKey) : undefined;
  if (!record || !target) throw new DomainError('INVALID_INPUT', { key: 'errors.notEpicOrMilestone', params: { issueKey } }, 'issueKey');
  return { issue, record, target };
}
