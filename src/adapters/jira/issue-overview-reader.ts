import type { IssueOverviewReaderPort } from '../../usecases/ports/issue-overview-reader';
import { getIssueOverview, getMyself } from './issues';

/** The issue and `myself`, read as the acting user through @forge/api (Jira answers 404 for hidden issues). */
export const jiraIssueOverviewReader: IssueOverviewReaderPort = {
  async issue(issueKey) {
    const { key, fields: f } = await getIssueOverview('user', issueKey);
    return {
      key,
      summary: f.summary,
      status: f.status.name,
      statusCategory: f.status.statusCategory.key,
      issueType: f.issuetype.name,
      assignee: f.assignee ? { accountId: f.assignee.accountId, displayName: f.assignee.displayName } : null,
      dueDate: f.duedate ?? null,
      labels: f.labels ?? [],
    };
  },
  async myself() {
    const me = await getMyself();
    return { accountId: me.accountId, displayName: me.displayName, locale: me.locale ?? null };
  },
};
