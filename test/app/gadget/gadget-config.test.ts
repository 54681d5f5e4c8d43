import type { PortfolioRow } from '../../../src/contracts/portfolio';
import { campaignsAtRisk, DEFAULT_CONFIG, readConfig, upcomingLaunches } from '../../../static/gadget/src/config';

/** The gadget's own reading of its configuration and its two lists, on rows shaped like getPortfolio's. */
const row = (campaignKey: string, launchDate: string, level: PortfolioRow['health']['level'] = 'on_track'): PortfolioRow => ({
  campaignKey,
  name: campaignKey,
  projectKey: campaignKey.split('-')[0] ?? 'MKT',
  ownerAccountId: 'a',
  ownerName: '',
  health: { level, reasons: [] },
  firstWorkDate: null,
  launchDate,
  forecastP85: null,
  budget: { amount: 1, currency: 'EUR' },
  actual: 0,
  eac: null,
  variance: null,
  signoff: { approved: 0, total: 0, late: 0 },
  kpiAttainment: null,
  milestones: [],
  updatedAt: '2026-12-01T00:00:00Z',
});

describe('the dashboard gadget configuration and lists', () => {
  it('reads what Jira stored field by field, falling back to the default for what it cannot use', () => {
    expect(readConfig({ projectKey: 'MKT', weeks: 8 })).toEqual({ projectKey: 'MKT', weeks: 8 });
    expect(readConfig({ weeks: '12' })).toEqual({ projectKey: null, weeks: 12 });
    expect(readConfig({ projectKey: 'mkt', weeks: 27 })).toEqual({ projectKey: null, weeks: DEFAULT_CONFIG.weeks });
    expect(readConfig({ projectKey: 'EVT', weeks: 2.5 })).toEqual({ projectKey: 'EVT', weeks: DEFAULT_CONFIG.weeks });
    expect(readConfig(undefined)).toEqual(DEFAULT_CONFIG);
    expect(readConfig('MKT')).toEqual(DEFAULT_CONFIG);
  });

  it('lists the launches from today to the end of the N weeks, both days included, soonest first', () => {
    const rows = [row('MKT-3', '2026-12-29'), row('MKT-1', '2026-12-01'), row('MKT-2', '2026-12-02'), row('EVT-1', '2026-12-30')];
    expect(upcomingLaunches(rows, { projectKey: null, weeks: 4 }, '2026-12-02').map((r) => r.campaignKey)).toEqual([
      'MKT-2',
      'MKT-3',
      'EVT-1',
    ]);
    expect(upcomingLaunches(rows, { projectKey: null, weeks: 1 }, '2026-12-02').map((r) => r.campaignKey)).toEqual(['MKT-2']);
  });

  it('lists the campaigns not on track, off track first, then by launch', () => {
    const rows = [
      row('A-1', '2027-01-10', 'at_risk'),
      row('B-1', '2027-01-20', 'off_track'),
      row('C-1', '2026-12-10'),
      row('D-1', '2027-01-05', 'at_risk'),
    ];
    expect(campaignsAtRisk(rows).map((r) => r.campaignKey)).toEqual(['B-1', 'D-1', 'A-1']);
  });
});
