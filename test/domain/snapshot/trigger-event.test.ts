import { eventAction, IssueEvent } from '../../../src/domain/snapshot';

const event = (eventType: string, fields: Record<string, unknown>, changelog?: unknown): IssueEvent =>
  IssueEvent.parse({
    eventType,
    issue: { id: '10012', key: 'MKT-12', fields },
    ...(changelog ? { changelog } : {}),
    context: { cloudId: 'c', moduleKey: 'm' },
  });

describe('eventAction', () => {
  it('re-reads a campaign issue, hinting its epic from the parent or itself', () => {
    expect(
      eventAction(event('avi:jira:updated:issue', { issuetype: { name: 'Task' }, parent: { key: 'MKT-10' }, labels: ['campaign'] })),
    ).toEqual({ type: 'reread', issueId: '10012', key: 'MKT-12', epicKeyHint: 'MKT-10' });
    expect(eventAction(event('avi:jira:created:issue', { issuetype: { name: 'Epic' }, labels: ['campaign'] }))).toEqual({
      type: 'reread',
      issueId: '10012',
      key: 'MKT-12',
      epicKeyHint: 'MKT-12',
    });
  });

  it('ignores an issue whose labels say it is in no campaign, without a parent', () => {
    expect(eventAction(event('avi:jira:updated:issue', { issuetype: { name: 'Task' }, labels: ['web'] }))).toMatchObject({
      type: 'ignore',
    });
  });

  it('still re-reads when the labels or the parent just changed, or when the payload carries no labels', () => {
    const items = (field: string) => ({ id: '1', items: [{ field }] });
    expect(eventAction(event('avi:jira:updated:issue', { issuetype: { name: 'Task' }, labels: [] }, items('labels')))).toMatchObject({
      type: 'reread',
    });
    expect(eventAction(event('avi:jira:updated:issue', { issuetype: { name: 'Task' }, labels: [] }, items('parent')))).toMatchObject({
      type: 'reread',
    });
    expect(eventAction(event('avi:jira:updated:issue', { issuetype: { name: 'Task' } }))).toMatchObject({ type: 'reread' });
  });

  it('deletes on a deleted issue, with the epic when the payload names it', () => {
    expect(eventAction(event('avi:jira:deleted:issue', { parent: { key: 'MKT-10' } }))).toEqual({
      type: 'delete',
      key: 'MKT-12',
      epicKeyHint: 'MKT-10',
    });
    expect(eventAction(event('avi:jira:deleted:issue', {}))).toEqual({ type: 'delete', key: 'MKT-12' });
  });

  it('rejects other event types', () => {
    expect(IssueEvent.safeParse({ eventType: 'avi:jira:created:issuelink', issue: { id: '1', key: 'MKT-1' } }).success).toBe(false);
  });
});
