import { buildCampaignPanel } from '../../../src/domain/metrics';
import type { KpiStatus } from '../../../src/contracts/campaign-panel';
import {
  indexEntryOf,
  kpiAttainmentOf,
  launchP85,
  PortfolioRollup,
  rollupOfPanel,
  rollupOfPlan,
} from '../../../src/domain/portfolio/rollup';
import { must } from '../../support/must';
import { done, KEYS, LEA, PEOPLE, record, snapshot, TODAY } from '../metrics/fixtures';

const panelOf = (snap = snapshot()) =>
  buildCampaignPanel({
    record: record(),
    snapshot: snap,
    today: TODAY,
    people: PEOPLE,
    actingAccountId: LEA,
    issueKey: KEYS.epic,
    dataAsOf: snap.refreshedAt,
    refresh: 'cache',
    trials: 200,
  });

const kpi = (over: Partial<KpiStatus>): KpiStatus => ({
  kpiId: 'k',
  name: 'k',
  unit: 'count',
  direction: 'higher_is_better',
  target: 100,
  actual: null,
  expectedByNow: null,
  onPace: null,
  ...over,
});

describe('the portfolio roll-up of a campaign', () => {
  it('carries the panel’s own numbers, owner and dates', () => {
    const snap = snapshot({ epic: { assigneeAccountId: LEA }, design: done('2026-11-20', 900) });
    const panel = panelOf(snap);
    const r = rollupOfPanel(panel, snap, { record: record(), people: PEOPLE, updatedAt: '2026-11-24T10:00:00.000Z', projectId: '10000' });
    expect(PortfolioRollup.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      epicKey: KEYS.epic,
      projectKey: 'MKT',
      projectId: '10000',
      ownerAccountId: LEA,
      ownerName: PEOPLE[LEA],
      budget: panel.campaign.budget,
      actual: panel.budget.actual,
      eac: panel.budget.forecastAtCompletion,
      health: { level: panel.health.status },
      signoff: { total: panel.gates.length, approved: 0, late: panel.gates.filter((g) => g.late).length },
      snapshotVersion: snap.version,
    });
    expect(r.actual).toBe(900);
    expect(r.milestones.map((m) => m.name)).toEqual(panel.milestones.map((m) => m.name));
    const launch = panel.milestones.filter((m) => m.dueDate !== null && m.dueDate <= panel.campaign.launchDate).at(-1);
    expect(r.forecastP85).toBe(must(launch, 'a milestone due by launch').p85);
    expect(r.firstWorkDate).toBe(
      record()
        .plan.rows.map((x) => x.startDate)
        .sort()[0],
    );
    expect(indexEntryOf(r)).toEqual({
      epicKey: KEYS.epic,
      projectKey: 'MKT',
      projectId: '10000',
      launchDate: r.launchDate,
      snapshotVersion: 1,
      updatedAt: r.updatedAt,
    });
  });

  it('is owned by its creator while the epic has no assignee', () => {
    const snap = snapshot();
    const r = rollupOfPanel(panelOf(snap), snap, { record: record(), people: PEOPLE, updatedAt: 'x' });
    expect(r).toMatchObject({ ownerAccountId: 'acc-camille', ownerName: '' });
    expect(r.projectId).toBeUndefined();
  });

  it('of a campaign just created is its plan: nothing spent, no decision, no forecast', () => {
    const r = rollupOfPlan({ record: record(), people: {}, updatedAt: 'x', channels: ['email'] });
    expect(r).toMatchObject({
      health: { level: 'on_track', reasons: [{ code: 'no_data' }] },
      actual: 0,
      eac: null,
      forecastP85: null,
      signoff: { approved: 0, total: record().plan.gates.length, late: 0 },
      snapshotVersion: -1,
      channels: ['email'],
    });
    expect(r.milestones).toEqual(
      record()
        .plan.rows.filter((x) => x.kind === 'milestone')
        .map((m) => ({ name: m.summary, dueDate: m.dueDate })),
    );
  });

  it('takes the P85 of the milestone due on launch, else the last one before it, else the latest', () => {
    const m = (dueDate: string | null, p85: string | null) => ({ ...panelOf().milestones[0]!, dueDate, p85 });
    expect(launchP85([m('2026-11-01', '2026-11-03'), m('2026-12-01', '2026-12-04'), m('2026-12-10', '2026-12-20')], '2026-12-01')).toBe(
      '2026-12-04',
    );
    expect(launchP85([m('2026-11-01', '2026-11-03'), m('2026-11-20', null), m('2026-12-10', '2026-12-20')], '2026-12-01')).toBeNull();
    expect(launchP85([m('2026-12-10', '2026-12-20'), m(null, '2026-12-30')], '2026-12-01')).toBe('2026-12-30');
  });

  it('averages KPI attainment over the KPIs with actuals, each capped at 1, inverted when lower is better', () => {
    expect(kpiAttainmentOf([])).toBeNull();
    expect(kpiAttainmentOf([kpi({ actual: null })])).toBeNull();
    expect(kpiAttainmentOf([kpi({ actual: 50 }), kpi({ actual: 300 })])).toBeCloseTo(0.75);
    expect(kpiAttainmentOf([kpi({ direction: 'lower_is_better', target: 20, actual: 40 })])).toBeCloseTo(0.5);
    expect(kpiAttainmentOf([kpi({ direction: 'lower_is_better', target: 20, actual: 10 })])).toBe(1);
  });
});
