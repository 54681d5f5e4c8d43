import { jiraIssueOverviewReader } from '../adapters/jira/issue-overview-reader';
import type { GetIssueOverviewPorts } from '../usecases/issues/get-issue-overview';

/** The composition root for issue use cases: real adapters behind their ports, one set per invocation. */
export const issueOverviewPorts = (): GetIssueOverviewPorts => ({ reader: jiraIssueOverviewReader });
