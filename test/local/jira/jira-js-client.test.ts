import { Version3Client } from 'jira.js';
import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, NOAH } from '../../../local/identity/demo-users';

/** The emulator must work with a real third-party Jira client, not only with our own calls. */
let th: TestHost;
let client: Version3Client;
beforeAll(async () => {
  th = await startTestHost();
  client = new Version3Client({ host: th.url, authentication: { basic: { email: CAMILLE.email, apiToken: 'local-api-token' } } });
});
afterAll(async () => {
  await th.close();
});

test('jira.js creates, searches (enhanced JQL), edits and transitions an issue', async () => {
  const created = await client.issues.createIssue({
    fields: {
      project: { key: 'MKT' },
      issuetype: { name: 'Task' },
      summary: 'Retargeting audience for cart abandoners',
      parent: { key: 'MKT-1' },
      labels: ['campaign', 'jira-js'],
      duedate: '2026-11-26',
    },
  });
  expect(created.key).toMatch(/^MKT-\d+$/);

  const found = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearchPost({
    jql: 'labels = jira-js AND parent = MKT-1',
    fields: ['summary', 'status', 'labels'],
  });
  expect(found.issues?.map((i) => i.key)).toEqual([created.key]);
  expect(found.nextPageToken).toBeUndefined();

  const viaGet = await client.issueSearch.searchForIssuesUsingJqlEnhancedSearch({ jql: 'labels = jira-js', fields: ['key'] });
  expect(viaGet.issues?.[0]!.id).toBe(created.id);

  await client.issues.editIssue({
    issueIdOrKey: created.key,
    fields: { assignee: { accountId: NOAH.accountId } },
    update: { labels: [{ add: 'retargeting' }] },
  });
  const transitions = await client.issues.getTransitions({ issueIdOrKey: created.key });
  const inProgress = transitions.transitions?.find((t) => t.name === 'In Progress');
  expect(inProgress?.id).toBeDefined();
  await client.issues.doTransition({ issueIdOrKey: created.key, transition: { id: inProgress?.id } });

  const issue = await client.issues.getIssue({ issueIdOrKey: created.key, fields: ['status', 'assignee', 'labels'] });
  expect(issue.fields.status.name).toBe('In Progress');
  expect(issue.fields.assignee.accountId).toBe(NOAH.accountId);
  expect(issue.fields.labels).toEqual(['campaign', 'jira-js', 'retargeting']);
});
