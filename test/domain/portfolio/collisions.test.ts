import { Collision } from '../../../src/contracts/collisions';
import {
  collisionsWith,
  DEFAULT_COLLISION_SETTINGS,
  portfolioCollisions,
  type CampaignLaunch,
  type CollisionSettings,
} from '../../../src/domain/portfolio/collisions';

const launch = (campaignKey: string, launchDate: string, over: Partial<CampaignLaunch> = {}): CampaignLaunch => ({
  campaignKey,
  name: `Campaign ${campaignKey}`,
  projectKey: campaignKey.split('-')[0] ?? 'MKT',
  launchDate,
  audiences: [],
  channels: [],
  gates: [],
  ...over,
});
const settings = (over: Partial<CollisionSettings> = {}): CollisionSettings => ({ ...DEFAULT_COLLISION_SETTINGS, ...over });
const kinds = (cs: readonly Collision[]): string[] => cs.map((c) => c.kind);
const ref = (c: CampaignLaunch) => ({ campaignKey: c.campaignKey, name: c.name, projectKey: c.projectKey, launchDate: c.launchDate });

describe('audience and channel overlaps', () => {
  const blackFriday = launch('MKT-1', '2026-11-27', { audiences: ['existing-customers', 'prospects'], channels: ['email', 'sms'] });
  const christmas = launch('EVT-4', '2026-11-30', { audiences: ['prospects', 'existing-customers'], channels: ['email'] });

  it('names both campaigns, what they share (in the earlier one’s order) and how far apart, across projects', () => {
    const out = portfolioCollisions([christmas, blackFriday]);
    expect(out).toEqual([
      {
        kind: 'audience_overlap',
        campaigns: [ref(blackFriday), ref(christmas)],
        shared: ['existing-customers', 'prospects'],
        daysApart: 3,
      },
      { kind: 'channel_overlap', campaigns: [ref(blackFriday), ref(christmas)], shared: ['email'], daysApart: 3 },
    ]);
    for (const c of out) expect(Collision.parse(c)).toEqual(c);
  });

  it('counts the window inclusively: N days apart collide, N + 1 do not', () => {
    const a = launch('MKT-1', '2026-03-01', { audiences: ['students'] });
    expect(kinds(portfolioCollisions([a, launch('MKT-2', '2026-03-08', { audiences: ['students'] })]))).toEqual(['audience_overlap']);
    expect(portfolioCollisions([a, launch('MKT-2', '2026-03-09', { audiences: ['students'] })])).toEqual([]);
    // The window is the site's: 1 day.
    expect(
      portfolioCollisions([a, launch('MKT-2', '2026-03-02', { audiences: ['students'] })], settings({ collisionWindowDays: 1 })),
    ).toHaveLength(1);
    expect(
      portfolioCollisions([a, launch('MKT-2', '2026-03-03', { audiences: ['students'] })], settings({ collisionWindowDays: 1 })),
    ).toEqual([]);
  });

  it('pairs launches on the same day (0 days apart) ordered by key, across a month or a DST change', () => {
    const out = portfolioCollisions([
      launch('MKT-9', '2026-03-29', { channels: ['sms'] }),
      launch('MKT-10', '2026-03-29', { channels: ['sms'] }),
    ]);
    expect(out).toMatchObject([
      { kind: 'channel_overlap', daysApart: 0, campaigns: [{ campaignKey: 'MKT-10' }, { campaignKey: 'MKT-9' }] },
    ]);
    const acrossMonth = portfolioCollisions([
      launch('A-1', '2026-03-25', { channels: ['web'] }),
      launch('A-2', '2026-04-01', { channels: ['web'] }),
    ]);
    expect(acrossMonth).toMatchObject([{ daysApart: 7 }]);
  });

  it('makes one entry per pair, each pair of three close launches once, and nothing for nothing shared', () => {
    const three = ['2026-05-01', '2026-05-02', '2026-05-03'].map((d, i) => launch(`MKT-${i + 1}`, d, { audiences: ['partners'] }));
    const pairs = portfolioCollisions(three).map((c) =>
      c.kind === 'audience_overlap' ? c.campaigns.map((x) => x.campaignKey).join('+') : '',
    );
    expect(pairs).toEqual(['MKT-1+MKT-2', 'MKT-1+MKT-3', 'MKT-2+MKT-3']);
    expect(
      portfolioCollisions([launch('MKT-1', '2026-05-01', { audiences: ['a'] }), launch('MKT-2', '2026-05-01', { audiences: ['b'] })]),
    ).toEqual([]);
    // The same campaign listed twice never collides with itself.
    expect(portfolioCollisions([three[0]!, three[0]!])).toEqual([]);
  });
});

describe('blackout windows', () => {
  const freeze = { id: 'gel-emails', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31', channels: ['email'] };
  const allChannels = { id: 'greve', name: 'Inventaire', start: '2026-06-01', end: '2026-06-01' };

  it('catches a launch inside the window, boundaries included, honouring the window’s channels', () => {
    const onFirst = launch('MKT-1', '2026-12-20', { channels: ['email', 'sms'] });
    const onLast = launch('MKT-2', '2026-12-31', { channels: ['email'] });
    const after = launch('MKT-3', '2027-01-01', { channels: ['email'] });
    const otherChannel = launch('MKT-4', '2026-12-24', { channels: ['in-store'] });
    const out = portfolioCollisions([onFirst, onLast, after, otherChannel], settings({ blackouts: [freeze] })).filter(
      (c) => c.kind === 'blackout',
    );
    expect(out).toEqual([
      {
        kind: 'blackout',
        campaign: ref(onFirst),
        blackout: { id: 'gel-emails', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31' },
        channels: ['email'],
      },
      {
        kind: 'blackout',
        campaign: ref(onLast),
        blackout: { id: 'gel-emails', name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31' },
        channels: ['email'],
      },
    ]);
  });

  it('freezes every channel, even a launch with none, when the window names none (or an empty list)', () => {
    const bare = launch('MKT-1', '2026-06-01');
    expect(portfolioCollisions([bare], settings({ blackouts: [allChannels] }))).toMatchObject([{ kind: 'blackout', channels: [] }]);
    expect(portfolioCollisions([bare], settings({ blackouts: [{ ...allChannels, channels: [] }] }))).toHaveLength(1);
    expect(portfolioCollisions([launch('MKT-1', '2026-06-02')], settings({ blackouts: [allChannels] }))).toEqual([]);
  });
});

describe('approver overload', () => {
  const gate = (dueDate: string, ...approverAccountIds: string[]) => ({ dueDate, approverAccountIds });

  it('flags an approver with more than M gates due in one ISO week, naming the campaigns', () => {
    // Monday 7 to Sunday 13 December 2026: four gates for Léa over two campaigns; Hugo has two.
    const a = launch('MKT-1', '2026-12-20', { gates: [gate('2026-12-07', 'lea', 'hugo'), gate('2026-12-13', 'lea')] });
    const b = launch('EVT-2', '2026-12-18', { gates: [gate('2026-12-09', 'lea', 'lea'), gate('2026-12-10', 'lea', 'hugo')] });
    expect(portfolioCollisions([a, b])).toEqual([
      {
        kind: 'approver_overload',
        accountId: 'lea',
        weekStart: '2026-12-07',
        weekEnd: '2026-12-13',
        gates: 4,
        limit: 3,
        campaigns: [ref(b), ref(a)],
      },
    ]);
    // At the limit is not over it; the limit is the site's.
    expect(portfolioCollisions([a, b], settings({ approverWeeklyGateLimit: 4 }))).toEqual([]);
    expect(kinds(portfolioCollisions([a, b], settings({ approverWeeklyGateLimit: 1 })))).toEqual([
      'approver_overload',
      'approver_overload',
    ]);
  });

  it('splits weeks on Monday: Sunday and the next Monday are two weeks', () => {
    const c = launch('MKT-1', '2027-01-20', {
      gates: [gate('2027-01-03', 'sophie'), gate('2027-01-03', 'sophie'), gate('2027-01-04', 'sophie'), gate('2027-01-05', 'sophie')],
    });
    // Two gates in each week: at a limit of 2 neither week is over it.
    expect(portfolioCollisions([c], settings({ approverWeeklyGateLimit: 2 }))).toEqual([]);
    expect(portfolioCollisions([c], settings({ approverWeeklyGateLimit: 1 }))).toMatchObject([
      { weekStart: '2026-12-28', gates: 2 },
      { weekStart: '2027-01-04', gates: 2 },
    ]);
  });
});

describe('order and the planner’s view', () => {
  const a = launch('MKT-1', '2026-12-21', { audiences: ['students'], channels: ['email'], gates: [] });
  const b = launch('MKT-2', '2026-12-22', { audiences: ['students'], channels: ['email'] });
  const c = launch('EVT-1', '2026-12-01', { audiences: ['students'] });
  const d = launch('EVT-2', '2026-12-03', { audiences: ['students'] });
  const blackout = { id: 'gel', name: 'Gel', start: '2026-12-20', end: '2026-12-31' };

  it('orders by kind, then date, then keys, whatever the input order', () => {
    const one = portfolioCollisions([a, b, c, d], settings({ blackouts: [blackout] }));
    const two = portfolioCollisions([d, b, c, a], settings({ blackouts: [blackout] }));
    expect(two).toEqual(one);
    expect(kinds(one)).toEqual(['audience_overlap', 'audience_overlap', 'channel_overlap', 'blackout', 'blackout']);
    expect(one[0]).toMatchObject({ campaigns: [{ campaignKey: 'EVT-1' }, { campaignKey: 'EVT-2' }] });
  });

  it('gives a new campaign only the collisions it takes part in', () => {
    const draft = launch('new', '2026-12-02', { audiences: ['students'] });
    const out = collisionsWith(draft, [a, b, c, d], settings({ blackouts: [blackout] }));
    expect(out.map((x) => (x.kind === 'audience_overlap' ? x.campaigns.map((y) => y.campaignKey) : []))).toEqual([
      ['EVT-1', 'new'],
      ['new', 'EVT-2'],
    ]);
  });
});
