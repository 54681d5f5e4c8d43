import { buildCampaignPanel } from '../../../src/domain/metrics';
import { entriesFromDecisions } from '../../support/decision-entries';
import { CampaignSnapshot } from '../../../src/domain/model';
import { done, issue, KEYS, plan, record, snapshot } from './fixtures';
import { panelInput } from './panel-input';

const health = (...args: Parameters<typeof panelInput>) => buildCampaignPanel(panelInput(...args)).health;

describe('campaign health', () => {
  it('is on track with no reasons when nothing is wrong', () => {
    expect(health({ today: '2026-11-10' })).toEqual({ status: 'on_track', reasons: [] });
  });

  it('orders reasons by severity: an overdue milestone, then a late gate that blocks it, then an overdue task', () => {
    // Tue 11-24: creative (due Fri 11-20) is 2 business days late, legal (due Thu 11-19) 3, design (due Wed 11-18) 4.
    // Ads is shortened so the launch forecast stays on time and only creative's problems speak.
    expect(health({ snapshot: snapshot({ ads: { actualCost: 9200, estimateDays: 1 } }) })).toEqual({
      status: 'off_track',
      reasons: [
        { code: 'milestone_late', severity: 'off_track', params: { milestone: 'Creative final (L-7)', days: 2 } },
        { code: 'gate_late', severity: 'at_risk', params: { gate: 'Legal', days: 3, blocks: 'Creative final (L-7)' } },
        { code: 'dependency_overdue', severity: 'at_risk', params: { task: 'Design visuals', days: 4, blocks: 'Creative final (L-7)' } },
      ],
    });
  });

  it('words spend running ahead of the work, and a forecast far over budget as off track', () => {
    // Design + copy done (30% of planned work) for 9,200 spent (92%): EAC = 9,200 + 7,000 / (3,000 / 9,200) ≈ 30,667.
    const h = health({ today: '2026-11-10', snapshot: snapshot({ design: done('2026-11-09', 6000), copy: done('2026-11-09', 3200) }) });
    expect(h.status).toBe('off_track');
    expect(h.reasons).toEqual([
      { code: 'forecast_over_budget', severity: 'off_track', params: { forecast: 30666.67, budget: 10000 } },
      { code: 'spend_ahead_of_work', severity: 'at_risk', params: { spent: 0.92, done: 0.3 } },
      { code: 'budget_80', severity: 'at_risk', params: { spent: 0.92 } },
    ]);
  });

  it('calls spending past the budget over budget', () => {
    const h = health({ today: '2026-11-10', snapshot: snapshot({ ads: { actualCost: 10500 } }) });
    expect(h.reasons[0]).toEqual({ code: 'over_budget', severity: 'off_track', params: { spent: 1.05 } });
  });

  it('makes a gate 5 business days late off track', () => {
    // Legal due Thu 11-19; Thu 11-26 is 5 business days later. Work is done so only the gate and milestone speak.
    const h = health({
      today: '2026-11-26',
      snapshot: snapshot({ design: done('2026-11-18'), copy: done('2026-11-18'), creative: done('2026-11-20') }),
    });
    expect(h.reasons.find((r) => r.code === 'gate_late')).toEqual({
      code: 'gate_late',
      severity: 'off_track',
      params: { gate: 'Legal', days: 5, blocks: 'Creative final (L-7)' },
    });
  });

  it('mentions a gate due soon without changing an on-track status', () => {
    // Tue 11-17: legal is due Thu 11-19, two business days away; design has one day of work left.
    const h = health({ today: '2026-11-17', snapshot: snapshot({ design: { estimateDays: 1 } }) });
    expect(h).toEqual({
      status: 'on_track',
      reasons: [{ code: 'gate_due_soon', severity: 'on_track', params: { gate: 'Legal', days: 2 } }],
    });
  });

  it('flags a KPI behind pace', () => {
    const h = health({
      today: '2026-12-10',
      kpiActuals: { leads: 100 },
      snapshot: snapshot({
        design: done('2026-11-18'),
        copy: done('2026-11-18'),
        ads: done('2026-11-27'),
        email: done('2026-12-01'),
        creative: done('2026-11-20'),
        launch: done('2026-12-01'),
      }),
      signOffEntries: entriesFromDecisions({
        legal: {
          'acc-lea': { decision: 'approved', decidedAt: '2026-11-18T10:00:00Z' },
          'acc-hugo': { decision: 'approved', decidedAt: '2026-11-18T10:00:00Z' },
        },
        'go-live': { 'acc-sophie': { decision: 'approved', decidedAt: '2026-11-30T10:00:00Z' } },
      }),
    });
    expect(h.status).toBe('at_risk');
    expect(h.reasons).toEqual([
      { code: 'kpi_behind_pace', severity: 'at_risk', params: { kpi: 'Leads', actual: 100, expected: 1000 / 3 } },
    ]);
  });

  it('says there is no data to judge a campaign with no milestones or tasks', () => {
    const onlyEpic = CampaignSnapshot.parse({
      epicKey: KEYS.epic,
      issues: { [KEYS.epic]: issue('epic') },
      throughputDays: [],
      refreshedAt: '2026-11-24T08:00:00.000Z',
      version: 1,
    });
    const p = plan({ gates: [] });
    expect(health({ snapshot: onlyEpic, record: record(p) })).toEqual({
      status: 'on_track',
      reasons: [{ code: 'no_data', severity: 'on_track', params: {} }],
    });
  });

  it('keeps reasons to three, distinct kinds first', () => {
    const h = health({ today: '2026-12-03', snapshot: snapshot({ ads: { actualCost: 9200 } }) });
    expect(h.reasons).toHaveLength(3);
    expect(new Set(h.reasons.map((r) => r.code)).size).toBe(3);
    expect(h.reasons.map((r) => r.severity)).toEqual(
      [...h.reasons.map((r) => r.severity)].sort(
        (a, b) => ['off_track', 'at_risk', 'on_track'].indexOf(a) - ['off_track', 'at_risk', 'on_track'].indexOf(b),
      ),
    );
  });
});
