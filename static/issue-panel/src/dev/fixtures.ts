/**
 * Dev-only answers of `getCampaignPanel` (never imported by the app, so never bundled): the browser test uses
 * them to show states the demo site cannot produce on demand (over budget, late gates, decisions, errors).
 */
import type { CampaignPanel, GateStatus, GetCampaignPanelResult } from '../types';

export const LEA = { accountId: '712020:lea', displayName: 'Léa Dubois' };
const HUGO = { accountId: '712020:hugo', displayName: 'Hugo Bernard' };
const SOPHIE = { accountId: '712020:sophie', displayName: 'Sophie Laurent' };

export const legalGate: GateStatus = {
  gateId: 'legal',
  name: 'Juridique',
  milestoneKey: 'MKT-40',
  quorum: { kind: 'all' },
  state: 'open',
  approvers: [{ ...LEA, decision: null, decidedAt: null }],
  pending: [LEA.accountId],
  dueDate: '2026-11-13',
  late: true,
  businessDaysLate: 3,
  canDecide: true,
};

const brandGate: GateStatus = {
  gateId: 'brand',
  name: 'Marque',
  milestoneKey: 'MKT-39',
  quorum: { kind: 'count', n: 1 },
  state: 'approved',
  approvers: [
    { ...HUGO, decision: 'approved', decidedAt: '2026-11-02T14:20:00Z' },
    { ...SOPHIE, decision: null, decidedAt: null },
  ],
  pending: [],
  dueDate: '2026-11-03',
  late: false,
  businessDaysLate: 0,
  canDecide: false,
};

// [date, planned, actual, forecast] cumulated: actual up to 24 Nov, forecast from then.
const series = (
  [
    ['2026-10-05', 8000, 9000, null],
    ['2026-10-19', 30000, 36000, null],
    ['2026-11-02', 62000, 78000, null],
    ['2026-11-16', 98000, 112000, null],
    ['2026-11-24', 118000, 128800, 128800],
    ['2026-11-30', 134000, null, 150000],
    ['2026-12-11', 140000, null, 171000],
  ] as const
).map(([date, plannedCumulative, actualCumulative, forecastCumulative]) => ({
  date,
  plannedCumulative,
  actualCumulative,
  forecastCumulative,
}));

export const epicFixture: CampaignPanel = {
  mode: 'epic',
  issueKey: 'MKT-38',
  campaign: {
    epicKey: 'MKT-38',
    name: 'Black Friday 2026 France',
    launchDate: '2026-11-27',
    budget: { amount: 140000, currency: 'EUR' },
    issueCount: 37,
  },
  health: {
    status: 'off_track',
    reasons: [
      { code: 'gate_late', severity: 'off_track', params: { gate: 'Juridique', days: 3, blocks: 'Créations finales' } },
      { code: 'spend_ahead_of_work', severity: 'at_risk', params: { spent: 0.92, done: 0.4 } },
      {
        code: 'milestone_at_risk',
        severity: 'at_risk',
        params: { milestone: 'Créations finales', p85: '2026-11-20', dueDate: '2026-11-17' },
      },
    ],
  },
  budget: {
    currency: 'EUR',
    planned: 140000,
    committed: 21000,
    actual: 128800,
    remaining: 11200,
    earnedValue: 56000,
    cpi: 0.43,
    forecastAtCompletion: 171000,
    forecastNote: 'ok',
    percentComplete: 0.4,
    percentSpent: 0.92,
    alerts: ['budget_80'],
    series,
    byCategory: [
      { category: 'media', planned: 70000, committed: 12000, actual: 74000 },
      { category: 'production', planned: 40000, committed: 6000, actual: 36800 },
      { category: 'agency', planned: 30000, committed: 3000, actual: 18000 },
    ],
    byMilestone: [
      { milestoneKey: 'MKT-39', name: 'Concepts créatifs validés', planned: 30000, actual: 34000 },
      { milestoneKey: 'MKT-40', name: 'Créations finales', planned: 60000, actual: 58800 },
      { milestoneKey: 'MKT-41', name: 'Lancement', planned: 50000, actual: 36000 },
    ],
  },
  milestones: [
    {
      key: 'MKT-39',
      name: 'Concepts créatifs validés',
      dueDate: '2026-11-03',
      status: 'done',
      risk: 'on_track',
      openTasks: 0,
      remainingWorkDays: 0,
      businessDaysLeft: -6,
      overdueDependencies: [],
      lateGates: [],
      p50: null,
      p85: null,
      forecastBasis: 'history',
      trials: 2000,
    },
    {
      key: 'MKT-40',
      name: 'Créations finales',
      dueDate: '2026-11-17',
      status: 'open',
      risk: 'off_track',
      openTasks: 4,
      remainingWorkDays: 7.5,
      businessDaysLeft: 4,
      overdueDependencies: [{ key: 'MKT-45', summary: 'Shooting photo produits phares', dueDate: '2026-11-10' }],
      lateGates: [{ gateId: 'legal', name: 'Juridique', dueDate: '2026-11-13' }],
      p50: '2026-11-19',
      p85: '2026-11-24',
      // Tue 17 → Thu 19: 2 business days; → Tue 24: 5.
      p50DaysAfterDue: 2,
      p85DaysAfterDue: 5,
      forecastBasis: 'history',
      trials: 2000,
    },
    {
      key: 'MKT-41',
      name: 'Lancement',
      dueDate: '2026-11-27',
      status: 'open',
      risk: 'at_risk',
      openTasks: 9,
      remainingWorkDays: 12,
      businessDaysLeft: 12,
      overdueDependencies: [],
      lateGates: [],
      p50: '2026-11-26',
      p85: '2026-12-01',
      // Fri 27 ← Thu 26: 1 business day early; → Tue 1: 2 late.
      p50DaysAfterDue: -1,
      p85DaysAfterDue: 2,
      forecastBasis: 'estimates',
      trials: 2000,
    },
  ],
  gates: [
    brandGate,
    legalGate,
    {
      ...legalGate,
      gateId: 'leadership',
      name: 'Direction (go / no-go)',
      state: 'waiting',
      late: false,
      businessDaysLate: 0,
      canDecide: false,
      dueDate: '2026-11-24',
      quorum: { kind: 'count', n: 2 },
      approvers: [
        { ...SOPHIE, decision: null, decidedAt: null },
        { ...HUGO, decision: null, decidedAt: null },
        { ...LEA, decision: null, decidedAt: null },
      ],
      pending: [SOPHIE.accountId, HUGO.accountId, LEA.accountId],
    },
  ],
  kpis: [
    {
      kpiId: 'orders',
      name: 'Commandes',
      unit: 'count',
      direction: 'higher_is_better',
      target: 9200,
      actual: 2100,
      expectedByNow: 3000,
      onPace: false,
    },
    {
      kpiId: 'conversion',
      name: 'Taux de conversion',
      unit: 'percent',
      direction: 'higher_is_better',
      target: 5.6,
      actual: 5.9,
      expectedByNow: 5.6,
      onPace: true,
    },
    {
      kpiId: 'roas',
      name: 'ROAS social',
      unit: 'ratio',
      direction: 'higher_is_better',
      target: 3,
      actual: null,
      expectedByNow: null,
      onPace: null,
    },
  ],
  ownGate: null,
  dataAsOf: '2026-11-24T09:30:00Z',
  refresh: 'cache',
};

export const compactFixture: CampaignPanel = {
  ...epicFixture,
  mode: 'compact',
  issueKey: 'MKT-44',
  ownGate: legalGate,
  ownMilestoneKey: 'MKT-40',
};

export const noneFixture: GetCampaignPanelResult = { mode: 'none', issueKey: 'MKT-2' };
