import { startTestHost, type TestHost } from '../../support/host';
import { campaignPanelOf, invokeResolver } from '../../support/invoke';
import { findDemoCampaign, seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { CAMILLE, LEA } from '../../../local/identity/demo-users';

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
    const { budget, milestones } = campaignPanelOf(panel);
    expect(budget.actual).toBeGreaterThan(0);
    expect(budget.earnedValue).toBeGreaterThan(0);
    expect(milestones.some((m) => m.status === 'done')).toBe(true);
    expect(milestones.some((m) => m.status === 'open')).toBe(true);
    // Gates due before today were signed off through the app, so the next one in line (legal) waits for Léa.
    const signOff = await invokeResolver(
      th,
      LEA.accountId,
      'getSignOff',
      { issueKey: epicKey },
      { moduleKey: 'campaign-panel', issueKey: epicKey },
    );
    const states = Object.fromEntries(signOff.data.gates.map((g) => [g.gateId, g.state]));
    expect(states).toMatchObject({ finance: 'approved', brand: 'approved', legal: 'open', 'leadership-go': 'waiting' });
    expect(signOff.data.gates.find((g) => g.gateId === 'legal')).toMatchObject({ canDecide: true });
    expect(signOff.data.gates.every((g) => g.dueDate >= '2026-11-24' || g.state === 'approved')).toBe(true);
  });
});
