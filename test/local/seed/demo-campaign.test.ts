import { startTestHost, type TestHost } from '../../support/host';
import { invokeResolver } from '../../support/invoke';
import { findDemoCampaign, seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { CAMILLE } from '../../../local/identity/demo-users';

/** What `npm start` does on a fresh site: Camille creates a mid-flight campaign with the app itself. */
describe('the demo campaign', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost({ queueMsPerSecond: 1 });
  });
  afterAll(() => th.close());

  it('is created through the real resolvers, moved forward in Jira, and shows in the panel', async () => {
    const epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
    expect(await findDemoCampaign(th.host)).toBe(epicKey);
    const panel = await invokeResolver(th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey }, { moduleKey: 'campaign-panel' });
    expect(panel.ok).toBe(true);
    expect(panel.data).toMatchObject({ mode: 'epic', campaign: { epicKey, budget: { amount: 140000, currency: 'EUR' } } });
    expect(panel.data.budget.actual).toBeGreaterThan(0);
    expect(panel.data.budget.earnedValue).toBeGreaterThan(0);
    expect(panel.data.milestones.some((m: { status: string }) => m.status === 'done')).toBe(true);
    expect(panel.data.milestones.some((m: { status: string }) => m.status === 'open')).toBe(true);
  });
});
