/** Ten issues and a fixed context for the JQL engine tests. "Now" is Wednesday 2026-11-25 10:30 UTC. */
import { compileJql, type CompiledJql, type JqlContext, type JqlIssueView } from '../../../local/jira/jql';

type Partial = Pick<JqlIssueView, 'id' | 'key' | 'summary'> & Omit<globalThis.Partial<JqlIssueView>, 'id' | 'key' | 'summary'>;

function issue(p: Partial): JqlIssueView {
  return {
    projectKey: p.key.split('-')[0]!,
    issueType: 'Task',
    status: 'To Do',
    statusCategory: 'new',
    labels: [],
    created: '2026-11-01T09:00:00.000Z',
    updated: '2026-11-01T09:00:00.000Z',
    properties: {},
    customFields: {},
    ...p,
  };
}

export const ISSUES: JqlIssueView[] = [
  issue({
    id: '10001',
    key: 'MKT-1',
    issueType: 'Epic',
    summary: 'Black Friday campaign',
    status: 'In Progress',
    statusCategory: 'indeterminate',
    labels: ['q4', 'retail'],
    assigneeAccountId: 'acc-camille',
    reporterAccountId: 'acc-bob',
    dueDate: '2026-11-27',
    created: '2026-11-01T09:00:00.000Z',
    updated: '2026-11-24T16:00:00.000Z',
    customFields: { customfield_10010: 12000, 'planned cost': 12000, customfield_10020: { value: 'Email' }, channel: { value: 'Email' } },
    properties: { 'cc.meta': { budget: { planned: 12000, currency: 'EUR' }, owner: 'team-a', tags: ['hot', 'q4'] } },
  }),
  issue({
    id: '10002',
    key: 'MKT-2',
    summary: 'Design email banner',
    parentKey: 'MKT-1',
    labels: ['design'],
    assigneeAccountId: 'acc-dana',
    reporterAccountId: 'acc-camille',
    dueDate: '2026-11-20',
    created: '2026-11-02T10:00:00.000Z',
    updated: '2026-11-25T08:00:00.000Z',
    customFields: { customfield_10010: 500, 'planned cost': 500 },
    properties: { 'cc.meta': { budget: { planned: 500, currency: 'USD' }, owner: 'team-b' } },
  }),
  issue({
    id: '10003',
    key: 'MKT-3',
    summary: 'Write newsletter copy',
    parentKey: 'mkt-1',
    status: 'Done',
    statusCategory: 'done',
    assigneeAccountId: 'acc-camille',
    dueDate: '2026-11-25',
    created: '2026-11-03T11:00:00.000Z',
    updated: '2026-11-23T12:00:00.000Z',
    resolved: '2026-11-23T12:00:00.000Z',
    customFields: { customfield_10040: 'Copy reviewed by legal', 'legal notes': 'Copy reviewed by legal' },
  }),
  issue({
    id: '10004',
    key: 'MKT-4',
    summary: 'Plan launch event',
    dueDate: '2026-11-27',
    created: '2026-11-01T09:00:00.000Z',
    updated: '2026-11-02T09:00:00.000Z',
    reporterAccountId: 'acc-bob',
  }),
  issue({
    id: '10010',
    key: 'MKT-10',
    summary: 'Launch social ads',
    status: 'In Review',
    statusCategory: 'indeterminate',
    labels: ['social', 'q4'],
    reporterAccountId: 'acc-bob',
    created: '2026-11-24T09:15:00.000Z',
    updated: '2026-11-25T10:00:00.000Z',
  }),
  issue({
    id: '10011',
    key: 'MKT-11',
    issueType: 'Bug',
    summary: 'Fix broken landing-page link',
    status: 'Done',
    statusCategory: 'done',
    labels: ['web'],
    assigneeAccountId: 'acc-dana',
    dueDate: '2026-12-01',
    created: '2026-11-22T00:00:00.000Z',
    updated: '2026-11-25T09:00:00.000Z',
    resolved: '2026-11-25T09:00:00.000Z',
  }),
  issue({
    id: '20001',
    key: 'OPS-1',
    summary: 'Budget review',
    labels: ['finance'],
    assigneeAccountId: 'acc-bob',
    dueDate: '2026-11-30',
    created: '2026-10-15T08:00:00.000Z',
    updated: '2026-11-20T08:00:00.000Z',
    properties: { 'cc.meta': { budget: { planned: 'TBD' }, owner: 'team-a' } },
  }),
  issue({
    id: '20002',
    key: 'OPS-2',
    issueType: 'Sub-task',
    summary: 'Collect invoices',
    parentKey: 'OPS-1',
    status: 'In Progress',
    statusCategory: 'indeterminate',
    reporterAccountId: 'acc-camille',
    dueDate: '2026-11-26',
    created: '2026-11-25T10:00:00.000Z',
    updated: '2026-11-25T10:00:00.000Z',
    customFields: { customfield_10030: '2026-12-05', 'launch date': '2026-12-05' },
    properties: { 'cc.flags': { approved: true } },
  }),
  issue({
    id: '30005',
    key: 'WEB-5',
    issueType: 'Story',
    summary: 'Holiday landing page',
    labels: ['Q4'],
    assigneeAccountId: 'acc-erin',
    dueDate: '2026-12-24',
    created: '2026-11-18T14:30:00.000Z',
    updated: '2026-11-18T14:30:00.000Z',
    customFields: { customfield_10010: 3000.5, 'planned cost': 3000.5, customfield_10030: '2026-11-20', 'launch date': '2026-11-20' },
  }),
  issue({
    id: '30012',
    key: 'WEB-12',
    issueType: 'Story',
    summary: 'Landing page A/B test',
    status: 'Done',
    statusCategory: 'done',
    created: '2026-11-10T08:00:00.000Z',
    updated: '2026-11-20T17:45:00.000Z',
    resolved: '2026-11-20T17:45:00.000Z',
    customFields: { customfield_10020: [{ value: 'Web' }, { value: 'Email' }], channel: [{ value: 'Web' }, { value: 'Email' }] },
    properties: { 'cc.meta': { budget: { planned: 800 }, owner: 'Team-A' } },
  }),
];

const USERS: Record<string, string> = {
  'camille.martin@demo.local': 'acc-camille',
  'camille martin': 'acc-camille',
  'bob@demo.local': 'acc-bob',
  'dana@demo.local': 'acc-dana',
};

export const CTX: JqlContext = {
  currentAccountId: 'acc-camille',
  now: new Date('2026-11-25T10:30:00.000Z'),
  userByName: (name) => USERS[name.toLowerCase()] ?? (name.startsWith('acc-') ? name : undefined),
};

export function compileOk(jql: string): CompiledJql {
  const compiled = compileJql(jql);
  if (!compiled.ok) throw new Error(`expected '${jql}' to compile but got: ${compiled.message}`);
  return compiled;
}

/** Keys of the matching issues, in fixture order. */
export function search(jql: string, ctx: JqlContext = CTX): string[] {
  const compiled = compileOk(jql);
  return ISSUES.filter((i) => compiled.matches(i, ctx)).map((i) => i.key);
}

/** Keys of the matching issues, in the query's order. */
export function ordered(jql: string, ctx: JqlContext = CTX): string[] {
  const compiled = compileOk(jql);
  return ISSUES.filter((i) => compiled.matches(i, ctx))
    .sort((a, b) => compiled.compare(a, b))
    .map((i) => i.key);
}

export function errorOf(jql: string): string {
  const compiled = compileJql(jql);
  if (compiled.ok) throw new Error(`expected '${jql}' to be rejected`);
  return compiled.message;
}
