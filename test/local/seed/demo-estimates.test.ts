import { CAMILLE } from '../../../local/identity/demo-users';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { startTestHost, type TestHost } from '../../support/host';
import type { CampaignPanel as Panel } from '../../../src/contracts/campaign-panel';
import { currentPanel } from '../../support/invoke';

/**
 * Issue 14, item 1: work comes from Jira's remaining or original estimate when it is set, over the template's
 * default. An estimate set in Jira reaches the forecast through the issue event trigger and the forecast consumer.
 */
describe('Jira estimates in the forecast, through the local host', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost({ queueMsPerSecond: 1 });
  });
  afterAll(() => th.close());

  const settle = async (): Promise<void> => {
    for (let i = 0; i < 3; i++) {
      await th.host.triggers.settled();
      await th.host.queues.settled();
    }
  };
  /** The launch: the campaign's last milestone by due date. */
  const launchOf = (p: Panel) => [...p.milestones].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '')).at(-1);
  const remainingWork = (p: Panel): number => p.milestones.reduce((s, m) => s + m.remainingWorkDays, 0);

  it('moves the launch P85 later when an open task of the critical path gets a large original estimate', async () => {
    const epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
    const as = { moduleKey: 'campaign-panel' };
    const before = await currentPanel(th, CAMILLE.accountId, { issueKey: epicKey }, as);
    const launchBefore = launchOf(before)?.p85;
    if (!launchBefore) throw new Error('the demo launch has no P85');

    const step = (before.criticalPath ?? []).find((s) => s.kind === 'task' && !s.otherCampaign);
    if (!step) throw new Error('the demo campaign has no task on its critical path');
    const issue = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${step.key}?fields=status,timetracking`)).body as {
      fields: { status: { statusCategory: { key: string } }; timetracking: Record<string, unknown> };
    };
    expect(issue.fields.status.statusCategory.key).not.toBe('done');
    // The demo's tasks carry no Jira estimate: their work is the template's.
    expect(issue.fields.timetracking).toEqual({});

    // Twelve weeks of work (60 business days of 8 hours), far more than the 25 business days to launch.
    const edited = await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${step.key}`, {
      fields: { timetracking: { originalEstimate: '12w' } },
    });
    expect(edited.status).toBe(204);
    await settle();

    const after = await currentPanel(th, CAMILLE.accountId, { issueKey: epicKey }, as);
    expect((after.forecast?.computedAt ?? '') > (before.forecast?.computedAt ?? '')).toBe(true);
    const launchAfter = launchOf(after)?.p85;
    if (!launchAfter) throw new Error('the launch lost its P85');
    expect(launchAfter > launchBefore).toBe(true);
    // The task's 60 days replaced its template estimate (a few days) in the open work.
    expect(remainingWork(after) - remainingWork(before)).toBeGreaterThan(40);
  }, 90_000);
});
