import { CAMILLE } from '../../../local/identity/demo-users';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { startTestHost, type TestHost } from '../../support/host';
import { campaignPanelOf, currentPanel, invokeResolver } from '../../support/invoke';

interface Transitions {
  transitions: { id: string; to: { statusCategory: { key: string } } }[];
}

/**
 * Issue 14, item 8: the forecast runs in the `campaign-forecast` consumer, queued by Jira's issue events; the panel
 * shows the stored result with its time and never computes it itself.
 */
describe('the forecast consumer, through the local host', () => {
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

  it('answers pending on the first load, then current; a Jira edit is recomputed before the next load', async () => {
    const epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
    const as = { moduleKey: 'campaign-panel' };
    const first = campaignPanelOf(await invokeResolver(th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey }, as));
    // The first load built the roll-up and queued the forecast: no dates yet, and it says so.
    expect(first.forecast).toEqual({ status: 'pending', computedAt: null });
    expect(first.milestones.every((m) => m.p85 === null)).toBe(true);

    const ready = await currentPanel(th, CAMILLE.accountId, { issueKey: epicKey }, as);
    const computedAt = ready.forecast?.computedAt ?? '';
    expect(Date.parse(computedAt)).not.toBeNaN();
    const open = ready.milestones.filter((m) => m.status === 'open');
    expect(open.some((m) => m.p85 !== null)).toBe(true);

    // An open task of the critical path is finished in Jira: its remaining work leaves the network.
    const step = (ready.criticalPath ?? []).find((s) => s.kind === 'task' && !s.otherCampaign);
    if (!step) throw new Error('the demo campaign has no task on its critical path');
    const transitions = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${step.key}/transitions`)).body as Transitions;
    const toDone = transitions.transitions.find((t) => t.to.statusCategory.key === 'done');
    if (!toDone) throw new Error(`${step.key} has no transition to done`);
    const moved = await th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${step.key}/transitions`, { transition: { id: toDone.id } });
    expect(moved.status).toBe(204);
    await settle();

    // The issue event queued the consumer, which stored a new forecast: the next load is current at once.
    const after = campaignPanelOf(await invokeResolver(th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey }, as));
    expect(after.forecast?.status).toBe('current');
    expect((after.forecast?.computedAt ?? '') > computedAt).toBe(true);
    const launchOf = (p: typeof ready) =>
      p.milestones
        .filter((m) => m.p85 !== null)
        .map((m) => m.p85 ?? '')
        .sort()
        .at(-1) ?? '';
    expect(launchOf(after) <= launchOf(ready)).toBe(true);
    expect(after.criticalPath?.some((s) => s.key === step.key)).toBe(false);
  }, 120_000);
});
