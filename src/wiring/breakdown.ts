import { readGoalIssue } from '../adapters/jira/goal-issue';
import { readIssueDates } from '../adapters/jira/issue-dates';
import { listPeople } from '../adapters/jira/people';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { forgeLanguageModel } from '../adapters/llm/forge-llm';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { getRoleAssignments } from '../adapters/storage/role-assignments';
import { queueCreationJob } from '../usecases/creation/queue-creation-job';
import { creationPorts } from './creation';
import type { BreakdownContextPorts } from '../usecases/breakdown/breakdown-context';
import type { CreateBreakdownPorts } from '../usecases/breakdown/create-breakdown';
import type { SuggestBreakdownPorts } from '../usecases/breakdown/suggest-breakdown';
import type { RescheduleBreakdownPorts } from '../usecases/breakdown/reschedule-breakdown';
import { systemClock } from '../usecases/ports/clock';
import type { JobStarterPort } from '../usecases/ports/job-starter';

/** The composition root for breakdowns: Jira as the user, app storage, Forge LLMs, the campaign creation job. */
const context: BreakdownContextPorts = { issues: { read: readGoalIssue }, records: { get: getCampaignRecord }, grants: jiraProjectGrants };

/** The creation job is the creation resolver's until it is a use case of its own; then only this changes. */
const creationJobs: JobStarterPort = { queue: (requestId, user, work) => queueCreationJob(requestId, work, user, creationPorts()) };

export const suggestBreakdownPorts = (): SuggestBreakdownPorts => ({
  ...context,
  llm: forgeLanguageModel,
  dates: { dueDates: readIssueDates },
  roles: { get: getRoleAssignments },
  people: { list: listPeople },
  clock: systemClock,
});

export const createBreakdownPorts = (): CreateBreakdownPorts => ({ ...context, jobs: creationJobs });

export const rescheduleBreakdownPorts = (): RescheduleBreakdownPorts => ({
  ...context,
  dates: { dueDates: readIssueDates },
  clock: systemClock,
});
