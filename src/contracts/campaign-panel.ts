import { z } from 'zod';
import { IsoDate, KpiAggregation, KpiUnit, Money, Quorum } from '../domain/model';
import { IssueKey } from './fields';
import { PanelActions } from './panel-actions';
import { ForecastState } from './forecast-state';
import { QuotaNotice } from './quota-state';

/**
 * `getCampaignPanel` (`{issueKey?, refresh?}`): everything the campaign issue panel shows, computed on the server.
 * Reasons are codes with parameters so the panel words them in French or English.
 */
export const GetCampaignPanelPayload = z
  .object({
    issueKey: IssueKey.optional(),
    /** Re-read the whole campaign from Jira instead of the stored roll-up. */
    refresh: z.boolean().optional(),
  })
  .strict();
export type GetCampaignPanelPayload = z.input<typeof GetCampaignPanelPayload>;

export const Health = z.enum(['on_track', 'at_risk', 'off_track']);
export type Health = z.infer<typeof Health>;

/** A reason in plain words, as a code + parameters (e.g. gate_late {gate, days, blocks}); the panel translates it. */
export const Reason = z
  .object({
    code: z.enum([
      'gate_late',
      'gate_due_soon',
      'milestone_late',
      'milestone_at_risk',
      'dependency_overdue',
      'spend_ahead_of_work',
      'over_budget',
      'budget_80',
      'forecast_over_budget',
      'kpi_behind_pace',
      'no_data',
    ]),
    severity: Health,
    params: z.record(z.union([z.string(), z.number()])),
  })
  .strict();
export type Reason = z.infer<typeof Reason>;

export const BurnPoint = z
  .object({
    date: IsoDate,
    plannedCumulative: z.number(),
    actualCumulative: z.number().nullable(),
    /** Present from today to the campaign's end when a forecast exists. */
    forecastCumulative: z.number().nullable(),
  })
  .strict();
export type BurnPoint = z.infer<typeof BurnPoint>;

/** Spend imported for one channel, in the campaign's currency, counted in `category`. */
export const ChannelActual = z
  .object({
    channel: z.string(),
    category: z.string(),
    actual: z.number(),
    /** Rows (days or weeks) the channel's spend came from. */
    points: z.number(),
    lastDate: IsoDate.nullable(),
  })
  .strict();
export type ChannelActual = z.infer<typeof ChannelActual>;

export const BudgetBurn = z
  .object({
    currency: z.string(),
    /** BAC: the campaign budget. */
    planned: z.number(),
    committed: z.number(),
    actual: z.number(),
    remaining: z.number(),
    /** Earned value: planned cost of completed work. */
    earnedValue: z.number(),
    /** CPI = EV / AC; null when AC is 0. */
    cpi: z.number().nullable(),
    /** EAC = AC + (BAC − EV) / CPI; null with `forecastNote` when there is too little data. */
    forecastAtCompletion: z.number().nullable(),
    forecastNote: z.enum(['ok', 'no_spend_yet', 'no_completed_work', 'too_little_data']),
    /** Share of planned cost completed, 0..1. */
    percentComplete: z.number(),
    /** Actual / planned, 0..n. */
    percentSpent: z.number(),
    alerts: z.array(z.enum(['budget_80', 'budget_100'])),
    series: z.array(BurnPoint),
    byCategory: z.array(z.object({ category: z.string(), planned: z.number(), committed: z.number(), actual: z.number() }).strict()),
    byMilestone: z.array(z.object({ milestoneKey: z.string(), name: z.string(), planned: z.number(), actual: z.number() }).strict()),
    /** Spend imported per channel (CSV channel reports), when any: it is the actual of its cost category. */
    byChannel: z.array(ChannelActual).optional(),
    /** Actual costs on issues of categories that imported channel spend covers: shown, not added (no double counting). */
    issueActualSuperseded: z.number().optional(),
    /** The budget no budget line holds (budget − Σ planned cost of the work), when there is some: its own line. */
    unallocated: z.number().optional(),
    /** With a risk register: Σ probability × cost of open risks with a cost impact. */
    expectedRiskCost: z.number().optional(),
    /** With a risk register: the budget not allotted to any task's planned cost (BAC − Σ planned). */
    contingency: z.number().optional(),
    /** With a risk register: EAC (else the planned cost of the work, while EAC has too little data) + expected risk cost. */
    eacWithRisks: z.number().optional(),
  })
  .strict();
export type BudgetBurn = z.infer<typeof BudgetBurn>;

export const ForecastDriver = z
  .object({
    accountId: z.string(),
    displayName: z.string(),
    workDays: z.number().nonnegative(),
    campaigns: z.number().int().min(1),
    before: IsoDate,
  })
  .strict();
export type ForecastDriver = z.infer<typeof ForecastDriver>;

/** One step of the campaign's critical path (expected schedule), with how often it was critical over the trials. */
export const CriticalStep = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(['task', 'milestone']),
    /** Share of trials (0–1) in which it was on the critical path. */
    criticality: z.number().min(0).max(1),
    /** Another campaign's work that holds this one's people. */
    otherCampaign: z.boolean(),
  })
  .strict();
export type CriticalStep = z.infer<typeof CriticalStep>;

/** An open risk of the register and how far it moves the launch when it happens (the panel's "risks that matter"). */
export const TopRisk = z
  .object({
    riskId: z.string(),
    title: z.string(),
    probability: z.number().min(0).max(1),
    /** Mean delay of the launch, business days, in the trials where it happened against those where it did not. */
    launchDelayDays: z.number(),
    impactDays: z.number(),
    /** Probability × cost impact, campaign currency (0 without one). */
    expectedCost: z.number(),
    ownerAccountId: z.string(),
    ownerName: z.string(),
    mitigation: z.string(),
  })
  .strict();
export type TopRisk = z.infer<typeof TopRisk>;

export const MilestoneRisk = z
  .object({
    key: z.string(),
    name: z.string(),
    dueDate: IsoDate.nullable(),
    status: z.enum(['done', 'open']),
    risk: Health,
    openTasks: z.number(),
    /** Business days of estimated work left on open tasks. */
    remainingWorkDays: z.number(),
    /** Business days from today to the due date (negative when late). */
    businessDaysLeft: z.number().nullable(),
    overdueDependencies: z.array(z.object({ key: z.string(), summary: z.string(), dueDate: IsoDate }).strict()),
    lateGates: z.array(z.object({ gateId: z.string(), name: z.string(), dueDate: IsoDate }).strict()),
    /** Monte Carlo completion dates; null when nothing is left to do. */
    p50: IsoDate.nullable(),
    p85: IsoDate.nullable(),
    /** Business days from the due date to P50 / P85 on the holiday calendar: > 0 late, < 0 early; null without both dates. */
    p50DaysAfterDue: z.number().int().nullable().optional(),
    p85DaysAfterDue: z.number().int().nullable().optional(),
    /**
     * `network`: a resource-constrained Monte Carlo over the links, the calendar and every person's load across
     * campaigns. `history`/`estimates` are the older per-campaign models (kept readable in stored panels).
     */
    forecastBasis: z.enum(['network', 'history', 'estimates']),
    trials: z.number(),
    /** Share of trials done by the due date (0–1); null without a due date or with nothing left. */
    onTimeProbability: z.number().min(0).max(1).nullable().optional(),
    /** Standard error of P85, business days, when the adaptive Monte Carlo stopped. */
    standardErrorDays: z.number().nonnegative().optional(),
    /** The milestone this one waits for through its chain of work, if any. */
    waitsFor: z.object({ key: z.string(), name: z.string() }).strict().nullable().optional(),
    /** People whose load drives the forecast: open work they hold before the date, over how many campaigns. */
    drivers: z.array(ForecastDriver).optional(),
    /** With open risks in the register, P85 of the same forecast without them (`p85` is then risk-adjusted). */
    p85WithoutRisks: IsoDate.nullable().optional(),
  })
  .strict();
export type MilestoneRisk = z.infer<typeof MilestoneRisk>;

export const ApproverDecision = z
  .object({
    accountId: z.string(),
    displayName: z.string(),
    decision: z.enum(['approved', 'declined', 'changes_requested']).nullable(),
    decidedAt: z.string().nullable(),
    /** Set when a delegate decided for this approver: the delegate's account id (the approver is `accountId`). */
    onBehalfOf: z.string().optional(),
  })
  .strict();
export type ApproverDecision = z.infer<typeof ApproverDecision>;

export const GateStatus = z
  .object({
    gateId: z.string(),
    name: z.string(),
    milestoneKey: z.string().nullable(),
    quorum: Quorum,
    state: z.enum(['waiting', 'open', 'approved', 'declined', 'changes_requested']),
    approvers: z.array(ApproverDecision),
    pending: z.array(z.string()),
    dueDate: IsoDate,
    late: z.boolean(),
    businessDaysLate: z.number(),
    /** True when the acting user is a pending approver of this open gate (the panel then shows decision buttons). */
    canDecide: z.boolean(),
  })
  .strict();
export type GateStatus = z.infer<typeof GateStatus>;

/** Pace to target of a KPI. */
export const KpiPace = z
  .object({
    /** Actual ÷ where it should be by now (inverted when lower is better): 1 is on pace, above 1 ahead. */
    ratio: z.number().nullable(),
    /** Where the KPI ends its window at this pace: totals extrapolated linearly, rates as they stand. */
    projectedAtEnd: z.number().nullable(),
    /** For totals: still needed per remaining day of the window to reach the target. */
    neededPerDay: z.number().nullable(),
    daysLeft: z.number().nullable(),
  })
  .strict();
export type KpiPace = z.infer<typeof KpiPace>;

export const KpiStatus = z
  .object({
    kpiId: z.string(),
    name: z.string(),
    unit: KpiUnit,
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    target: z.number(),
    actual: z.number().nullable(),
    /** Expected value at today's point of the measurement window if on track to target; null outside the window. */
    expectedByNow: z.number().nullable(),
    onPace: z.boolean().nullable(),
    /**
     * How the actual is made from the time series (webtrigger pushes, CSV imports) over the window: summed (`total`),
     * the latest point (`latest`), the mean of the points (`average`, e.g. average order value), or a rate to date (`ratio`).
     */
    aggregation: KpiAggregation.optional(),
    /** Points counted (inside the measurement window), and points received outside it (not counted). */
    points: z.number().optional(),
    outsideWindow: z.number().optional(),
    lastAt: z.string().nullable().optional(),
    sources: z.array(z.string()).optional(),
    pace: KpiPace.optional(),
  })
  .strict();
export type KpiStatus = z.infer<typeof KpiStatus>;

export { ForecastState };

export const CampaignPanel = z
  .object({
    /** `epic` on the campaign epic; `compact` on any other issue of the campaign (its campaign + its own gate). */
    mode: z.enum(['epic', 'compact']),
    issueKey: z.string(),
    campaign: z.object({ epicKey: z.string(), name: z.string(), launchDate: IsoDate, budget: Money, issueCount: z.number() }).strict(),
    health: z.object({ status: Health, reasons: z.array(Reason) }).strict(),
    budget: BudgetBurn,
    milestones: z.array(MilestoneRisk),
    /** The chain of work that sets the launch date, first step first (absent when nothing is left). */
    criticalPath: z.array(CriticalStep).optional(),
    /** Whether the forecast's dates are current, and when they were computed. */
    forecast: ForecastState.optional(),
    /** With a risk register: its open risks that move the forecast most, largest launch delay first (five at most). */
    topRisks: z.array(TopRisk).optional(),
    /** With a risk register: how many risks it holds, and how many are open. */
    riskCount: z.object({ total: z.number().int(), open: z.number().int() }).strict().optional(),
    gates: z.array(GateStatus),
    kpis: z.array(KpiStatus),
    /** In compact mode: the gate bound to this issue's milestone, if any. */
    ownGate: GateStatus.nullable(),
    /** In compact mode: the milestone this issue belongs to (itself for a milestone), so the panel shows its risk. */
    ownMilestoneKey: z.string().nullable().optional(),
    /** When the roll-up was last refreshed from Jira, and how (`cold` read, `events`, or `cache` hit). */
    dataAsOf: z.string(),
    refresh: z.enum(['cold', 'incremental', 'cache']),
    /** What the acting user may do on the panel's surfaces (absent where the panel is computed for a report). */
    actions: PanelActions.optional(),
    quota: QuotaNotice.optional(), // Jira's quota short: the data is the stored snapshot as of `asOf`
  })
  .strict();
export type CampaignPanel = z.infer<typeof CampaignPanel>;
export { PanelAction, PanelActions } from './panel-actions';

/** Not part of a campaign (the panel shows its empty state), or a campaign the user cannot see. */
export const GetCampaignPanelResult = z.union([CampaignPanel, z.object({ mode: z.literal('none'), issueKey: z.string() }).strict()]);
export type GetCampaignPanelResult = z.infer<typeof GetCampaignPanelResult>;
