import { CampaignRecord } from '../../../src/domain/model';
import { planActivities } from '../../../src/domain/metrics';
import { weeklyLoad } from '../../../src/domain/forecast';
import { DEFAULT_COLLISION_SETTINGS, portfolioCollisions, type CampaignLaunch } from '../../../src/domain/portfolio/collisions';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { CAMILLE, NOAH } from '../../../local/identity/demo-users';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../../local/seed/demo-portfolio';
import { startTestHost, type TestHost } from '../../support/host';
import { invokeResolver } from '../../support/invoke';

/**
 * What `npm start` seeds for the portfolio (issue 16): after the demo campaign, Camille creates three more with the
 * app, in MKT and EVT, for the same people. Read back from app storage and Jira, and checked with the app's own
 * domain: one collision, and one week in which someone has more work than capacity.
 */
describe('the demo portfolio', () => {
  let th: TestHost;
  let records: CampaignRecord[];
  const today = '2026-11-24';
  beforeAll(async () => {
    th = await startTestHost({ queueMsPerSecond: 1 });
    const demo = await seedDemoCampaign(th.host, new Date(`${today}T09:00:00Z`));
    const others = await seedDemoPortfolio(th.host, new Date(`${today}T09:00:00Z`));
    expect(demo).toBe('MKT-12');
    expect(others).toHaveLength(3);
    records = new KvsStore(th.host.db).beginsWith('plain', 'campaign:', 100).items.map((i) => CampaignRecord.parse(i.value));
  }, 120_000);
  afterAll(() => th.close());

  /** The seeded campaigns as the collision check reads them: launch, audiences, channels and gates from their records. */
  const launches = (): CampaignLaunch[] =>
    records.map((r) => ({
      campaignKey: r.epicKey,
      name: r.plan.name,
      projectKey: r.plan.projectKey,
      launchDate: r.plan.launchDate,
      audiences: r.plan.audiences ?? [],
      channels: r.plan.channels ?? [],
      gates: r.plan.gates,
    }));

  it('holds four campaigns in MKT and EVT, MKT-12 among them, worked on by the same people', () => {
    expect(records.map((r) => r.epicKey).sort()).toEqual(['EVT-1', 'EVT-40', 'MKT-12', 'MKT-72']);
    expect(new Set(records.map((r) => r.plan.projectKey))).toEqual(new Set(['MKT', 'EVT']));
    const peopleOf = (projectKey: string) =>
      new Set(records.filter((r) => r.plan.projectKey === projectKey).flatMap((r) => r.plan.rows.map((row) => row.assigneeAccountId)));
    const evt = peopleOf('EVT');
    expect([...peopleOf('MKT')].filter((p) => p && evt.has(p))).toEqual(expect.arrayContaining([CAMILLE.accountId, NOAH.accountId]));
  });

  it('reaches the portfolio from app storage: every seeded campaign is a row Camille sees', async () => {
    const portfolio = await invokeResolver(th, CAMILLE.accountId, 'getPortfolio', {});
    expect(portfolio.ok).toBe(true);
    expect(portfolio.data.campaigns.map((c) => c.campaignKey).sort()).toEqual(records.map((r) => r.epicKey).sort());
    expect(portfolio.data.visibleProjects.sort()).toEqual(['EVT', 'MKT']);
  });

  it('shows exactly one collision: the EVT webinars reach existing customers two days after Black Friday', () => {
    const collisions = portfolioCollisions(launches(), DEFAULT_COLLISION_SETTINGS);
    expect(collisions).toEqual([
      {
        kind: 'audience_overlap',
        campaigns: [
          expect.objectContaining({ campaignKey: 'MKT-12', projectKey: 'MKT' }),
          expect.objectContaining({ campaignKey: 'EVT-1', projectKey: 'EVT' }),
        ],
        shared: ['existing-customers'],
        daysApart: 2,
      },
    ]);
  });

  it('over-allocates Noah in a week where an MKT and an EVT campaign both give him work', async () => {
    // Work is open unless Jira says it is done (the demo campaign's past work was moved to done by the seed).
    const done = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'labels = campaign AND statusCategory = Done',
      fields: ['key'],
      maxResults: 1000,
    });
    const doneKeys = new Set(done.body.issues.map((i: { key: string }) => i.key));
    const activities = records.flatMap((r) =>
      planActivities(r.epicKey, r.plan).map((a, i) => ({ ...a, done: doneKeys.has(r.issueKeys[r.plan.rows[i]?.rowId ?? ''] ?? '') })),
    );
    const load = weeklyLoad({ activities, people: [], calendar: 'FR', today, weeks: 26 });
    const noahOver = load.filter((w) => w.accountId === NOAH.accountId && w.level === 'over');
    const shared = noahOver.filter((w) => w.campaigns.some((c) => c.startsWith('MKT-')) && w.campaigns.some((c) => c.startsWith('EVT-')));
    expect(shared.length).toBeGreaterThanOrEqual(1);
    for (const w of shared) expect(w.demandDays).toBeGreaterThan(w.capacityDays);
    // Before the other campaigns, the demo campaign alone did not over-allocate him that week.
    const alone = weeklyLoad({
      activities: activities.filter((a) => a.campaign === 'MKT-12'),
      people: [],
      calendar: 'FR',
      today,
      weeks: 26,
    });
    const first = shared[0];
    expect(alone.find((w) => w.accountId === NOAH.accountId && w.weekStart === first?.weekStart)?.level ?? 'ok').not.toBe('over');
  });
});
