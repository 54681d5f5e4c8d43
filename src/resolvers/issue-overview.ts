import { getIssueOverview, getMyself } from '../adapters/jira/issues';
import { AppError } from '../shared/result';
import { contractResolver } from './define';

/** The first app slice: the issue the panel sits on and who is looking, both read as the user through @forge/api. */
export const issueOverviewResolver = contractResolver('getIssueOverview', async (input, caller) => {
  const issueKey = caller.issueKey ?? input.issueKey;
  if (!issueKey) throw new AppError('INVALID_INPUT', 'issueKey: required when the panel is not on an issue', 'issueKey');
  const [issue, me] = await Promise.all([getIssueOverview('user', issueKey), getMyself()]);
  const f = issue.fields;
  return {
    issue: {
      key: issue.key,
      summary: f.summary,
      status: f.status.name,
      statusCategory: f.status.statusCategory.key,
      issueType: f.issuetype.name,
      assignee: f.assignee ? { accountId: f.assignee.accountId, displayName: f.assignee.displayName } : null,
      dueDate: f.duedate ?? null,
      labels: f.labels ?? [],
    },
    actingUser: { accountId: me.accountId, displayName: me.displayName, locale: me.locale ?? null },
  };
});
