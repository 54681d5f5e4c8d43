import { addDays, format } from 'date-fns';
import { CAMILLE, DEMO_USERS } from '../../../local/identity/demo-users';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { startTestHost, type TestHost } from '../../support/host';
import { currentPanel, invokeResolver } from '../../support/invoke';

/** Issue 14: capacity told to the app (time off) moves the demo campaign's forecast, through the real wiring. */
describe("team capacity in the demo campaign's forecast", () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost({ queueMsPerSecond: 1 });
  });
  afterAll(() => th.close());

  const launchOf = async (epicKey: string) => {
    const panel = await currentPanel(th, CAMILLE.accountId, { issueKey: epicKey }, { moduleKey: 'campaign-panel' });
    const open = panel.milestones.filter((m) => m.status === 'open' && m.p50 !== null);
    return open.reduce((a, b) => ((b.p50 ?? '') > (a.p50 ?? '') ? b : a));
  };

  it('pushes the launch past three weeks of time off taken by the whole team, and back once it is cleared', async () => {
    const epicKey = await seedDemoCampaign(th.host, new Date('2026-11-24T09:00:00Z'));
    const before = await launchOf(epicKey);
    const from = format(new Date(), 'yyyy-MM-dd');
    const to = format(addDays(new Date(), 20), 'yyyy-MM-dd');
    const set = (accountId: string, timeOff: { from: string; to: string }[]) =>
      invokeResolver(th, CAMILLE.accountId, 'setPersonCapacity', {
        projectKey: 'MKT',
        accountId,
        capacity: { availabilityPercent: 100, reservedPercent: 0, timeOff },
      });
    for (const user of DEMO_USERS) expect((await set(user.accountId, [{ from, to }])).ok).toBe(true);
    const away = await launchOf(epicKey);
    expect(away.key).toBe(before.key);
    expect((away.p50 ?? '') > (before.p50 ?? '')).toBe(true);
    expect((away.p50 ?? '') > to).toBe(true);

    for (const user of DEMO_USERS) expect((await set(user.accountId, [])).ok).toBe(true);
    expect((await launchOf(epicKey)).p50).toBe(before.p50);
  });
});
