/**
 * What `getCampaignPanel` (`{issueKey}`) answers: everything the campaign issue panel shows, computed on the server.
 * Type-only (the panel imports it). Reasons are codes with parameters so the panel words them in French or English.
 */
import type { IsoDate, KpiUnit, Money, Quorum } from '../domain/model';

export type Health = 'on_track' | 'at_risk' | 'off_track';

/** A reason in plain words, as a code + parameters (e.g. gate_late {gate, days, blocks}); the panel translates it. */
export interface Reason {
  code:
    | 'gate_late'
    | 'gate_due_soon'
    | 'milestone_late'
    | 'milestone_at_risk'
    | 'dependency_overdue'
    | 'spend_ahead_of_work'
    | 'over_budget'
    | 'budget_80'
    | 'forecast_over_budget'
    | 'kpi_behind_pace'
    | 'no_data';
  severity: Health;
  params: Record<string, string | number>;
}

export interface BurnPoint {
  date: IsoDate;
  plannedCumulative: number;
  actualCumulative: number | null;
  /** Present from today to the campaign's end when a forecast exists. */
  forecastCumulative: number | null;
}

export interface BudgetBurn {
  currency: string;
  /** BAC: the campaign budget. */
  planned: number;
  committed: number;
  actual: number;
  remaining: number;
  /** Earned value: planned cost of completed work. */
  earnedValue: number;
  /** CPI = EV / AC; null when AC is 0. */
  cpi: number | null;
  /** EAC = AC + (BAC − EV) / CPI; null with `forecastNote` when there is too little data. */
  forecastAtCompletion: number | null;
  forecastNote: 'ok' | 'no_spend_yet' | 'no_completed_work' | 'too_little_data';
  /** Share of planned cost completed, 0..1. */
  percentComplete: number;
  /** Actual / planned, 0..n. */
  percentSpent: number;
  alerts: ('budget_80' | 'budget_100')[];
  series: BurnPoint[];
  byCategory: { category: string; planned: number; committed: number; actual: number }[];
  byMilestone: { milestoneKey: string; name: string; planned: number; actual: number }[];
  /** Spend imported per channel (CSV channel reports), when any: it is the actual of its cost category. */
  byChannel?: ChannelActual[];
  /** Actual costs on issues of categories that imported channel spend covers: shown, not added (no double counting). */
  issueActualSuperseded?: number;
}

export interface MilestoneRisk {
  key: string;
  name: string;
  dueDate: IsoDate | null;
  status: 'done' | 'open';
  risk: Health;
  openTasks: number;
  /** Business days of estimated work left on open tasks. */
  remainingWorkDays: number;
  /** Business days from today to the due date (negative when late). */
  businessDaysLeft: number | null;
  overdueDependencies: { key: string; summary: string; dueDate: IsoDate }[];
  lateGates: { gateId: string; name: string; dueDate: IsoDate }[];
  /** Monte Carlo completion dates; null when nothing is left to do. */
  p50: IsoDate | null;
  p85: IsoDate | null;
  forecastBasis: 'history' | 'estimates';
  trials: number;
}

export interface ApproverDecision {
  accountId: string;
  displayName: string;
  decision: 'approved' | 'declined' | 'changes_requested' | null;
  decidedAt: string | null;
  /** Set when a delegate decided for this approver: the delegate's account id (the approver is `accountId`). */
  onBehalfOf?: string;
}

export interface GateStatus {
  gateId: string;
  name: string;
  milestoneKey: string | null;
  quorum: Quorum;
  state: 'waiting' | 'open' | 'approved' | 'declined' | 'changes_requested';
  approvers: ApproverDecision[];
  pending: string[];
  dueDate: IsoDate;
  late: boolean;
  businessDaysLate: number;
  /** True when the acting user is a pending approver of this open gate (the panel then shows decision buttons). */
  canDecide: boolean;
}

export interface KpiStatus {
  kpiId: string;
  name: string;
  unit: KpiUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  target: number;
  actual: number | null;
  /** Expected value at today's point of the measurement window if on track to target; null outside the window. */
  expectedByNow: number | null;
  onPace: boolean | null;
  /** From the actuals time series (webtrigger pushes, CSV imports): how the actual is aggregated over the window. */
  aggregation?: 'total' | 'latest';
  /** Points counted (inside the measurement window), and points received outside it (not counted). */
  points?: number;
  outsideWindow?: number;
  lastAt?: string | null;
  sources?: string[];
  pace?: KpiPace;
}

/** Pace to target of a KPI. */
export interface KpiPace {
  /** Actual ÷ where it should be by now (inverted when lower is better): 1 is on pace, above 1 ahead. */
  ratio: number | null;
  /** Where the KPI ends its window at this pace: totals extrapolated linearly, rates as they stand. */
  projectedAtEnd: number | null;
  /** For totals: still needed per remaining day of the window to reach the target. */
  neededPerDay: number | null;
  daysLeft: number | null;
}

/** Spend imported for one channel, in the campaign's currency, counted in `category`. */
export interface ChannelActual {
  channel: string;
  category: string;
  actual: number;
  /** Rows (days or weeks) the channel's spend came from. */
  points: number;
  lastDate: IsoDate | null;
}

export interface CampaignPanel {
  /** `epic` on the campaign epic; `compact` on any other issue of the campaign (its campaign + its own gate). */
  mode: 'epic' | 'compact';
  issueKey: string;
  campaign: { epicKey: string; name: string; launchDate: IsoDate; budget: Money; issueCount: number };
  health: { status: Health; reasons: Reason[] };
  budget: BudgetBurn;
  milestones: MilestoneRisk[];
  gates: GateStatus[];
  kpis: KpiStatus[];
  /** In compact mode: the gate bound to this issue's milestone, if any. */
  ownGate: GateStatus | null;
  /** In compact mode: the milestone this issue belongs to (itself for a milestone), so the panel shows its risk. */
  ownMilestoneKey?: string | null;
  /** When the roll-up was last refreshed from Jira, and how (`cold` read, `events`, or `cache` hit). */
  dataAsOf: string;
  refresh: 'cold' | 'incremental' | 'cache';
}

/** Not part of a campaign (the panel shows its empty state), or a campaign the user cannot see. */
export type GetCampaignPanelResult = CampaignPanel | { mode: 'none'; issueKey: string };
