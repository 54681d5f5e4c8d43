import { z } from 'zod';
import type { CampaignPanel, GateStatus } from '../../contracts/campaign-panel';
import type { CampaignRecord, CampaignSnapshot, SignOffEntry, SnapshotIssue } from '../model';
import { CalendarDate } from '../schedule/calendar-date';
import { DomainError, invalidInput } from '../errors';
import { budgetBurn } from './budget-burn';
import { gateStatuses } from './gate-status';
import { campaignHealth } from './health';
import { campaignIssues } from './issue-costs';
import { kpiStatuses } from './kpi-status';
import { kpiStatusesFromSeries } from '../kpi/statuses';
import type { KpiPoint, SpendPoint } from '../kpi/points';
import { milestoneRisks, type RiskInput } from './milestone-risk';
import type { DeadlineForecast } from './deadline-forecast';
import { TRIAL_DEFAULTS, type Activity, type PersonCapacity } from '../forecast';
import { mulberry32, seedFrom } from './random';
import type { Risk } from '../../contracts/risks';
import { riskEvents } from '../risks/register';
import { registerSummary, withRiskCost } from '../risks/risk-panel';
import { problemText } from '../../wording/catalog/problems';

export interface PanelInput {
  record: CampaignRecord;
  snapshot: CampaignSnapshot;
  today: string;
  /** accountId → display name, for approvers. */
  people: Readonly<Record<string, string>>;
  actingAccountId: string;
  /** The issue the panel is open on: the epic, or any issue of the campaign (compact mode). */
  issueKey: string;
  dataAsOf: string;
  refresh: CampaignPanel['refresh'];
  /** Monte Carlo seed; defaults to one derived from the epic key, so a panel is stable between loads. */
  seed?: number;
  trials?: number;
  /** The campaign's sign-off record (every gate's entries, any order): gate states are replayed from it. */
  signOffEntries?: readonly SignOffEntry[];
  /** KPI actuals by kpiId (issue 7); none yet. */
  kpiActuals?: Readonly<Record<string, number>>;
  /** The campaign's KPI actuals time series (pushed and imported, merged): actuals and pace come from it. */
  kpiSeries?: readonly KpiPoint[];
  /** Open work of the other campaigns the app manages (it holds the same people), for the forecast. */
  otherActivities?: readonly Activity[];
  /** People's capacity settings; anyone else works 100 % on business days. */
  capacity?: readonly PersonCapacity[];
  /** The project's role → people mapping: who unassigned work falls to. */
  pools?: Readonly<Record<string, readonly string[]>>;
  /** Spend imported per channel: feeds the budget burn's actuals. */
  channelSpend?: readonly SpendPoint[];
  /** The campaign's risk register: open risks are sampled in the forecast, their expected cost sits by the budget. */
  risks?: readonly Risk[];
  /**
   * The deadline forecast computed earlier (by the forecast consumer) to show instead of running the Monte Carlo;
   * null when none is ready yet (the panel shows no dates); absent: computed here.
   */
  forecast?: DeadlineForecast | null;
  /** The issue's own parent is the campaign's epic (how the panel's loader found the campaign). */
  underEpic?: boolean;
}

/** What the forecast of a campaign is computed from: the panel's inputs without the viewer. */
export type ForecastSource = Pick<
  PanelInput,
  'record' | 'snapshot' | 'today' | 'seed' | 'trials' | 'otherActivities' | 'capacity' | 'pools' | 'risks' | 'people'
>;

/** The forecast's input for a campaign (gates are the panel's: they only flag late sign-offs, never move dates). */
export function riskInputOf(
  source: ForecastSource,
  items = campaignIssues(source.record.plan, Object.values(source.snapshot.issues)),
): RiskInput {
  return {
    epicKey: source.record.epicKey,
    items,
    gates: [],
    today: source.today,
    calendar: source.record.plan.holidayCalendar,
    random: mulberry32(source.seed ?? seedFrom(source.record.epicKey)),
    trials: source.trials ?? TRIAL_DEFAULTS.maxTrials,
    otherActivities: source.otherActivities,
    capacity: source.capacity,
    pools: source.pools,
    people: source.people,
    risks: riskEvents(source.risks ?? []),
  };
}

const Scalars = z.object({
  today: CalendarDate,
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]+-\d+$/, problemText('issueKey')),
  actingAccountId: z.string().min(1),
  trials: z.number().int().min(1).max(100_000).optional(),
});

/** The gate the panel shows on a milestone or task: the one being decided now on its milestone, else its last one. */
function ownGate(gates: readonly GateStatus[], milestoneKey: string | null): GateStatus | null {
  const mine = gates.filter((g) => milestoneKey !== null && g.milestoneKey === milestoneKey);
  return (
    mine.find((g) => g.state === 'open' || g.state === 'changes_requested') ??
    mine.find((g) => g.state !== 'approved') ??
    mine.at(-1) ??
    null
  );
}

function milestoneKeyOf(issueKey: string, issue: SnapshotIssue | undefined, record: CampaignRecord): string | null {
  if (issue?.kind === 'milestone') return issue.key;
  if (issue?.milestoneKey) return issue.milestoneKey;
  const rowId = Object.entries(record.issueKeys).find(([, key]) => key === issueKey)?.[0];
  const row = record.plan.rows.find((r) => r.rowId === rowId);
  if (row?.kind === 'milestone') return issueKey;
  return row?.parentRowId ? (record.issueKeys[row.parentRowId] ?? null) : null;
}

/**
 * Everything the campaign issue panel shows, from the campaign record (the plan) and the roll-up snapshot (Jira's
 * current state). Pure and deterministic for a given seed.
 */
export function buildCampaignPanel(input: PanelInput): CampaignPanel {
  const parsed = Scalars.safeParse({
    today: input.today,
    issueKey: input.issueKey,
    actingAccountId: input.actingAccountId,
    trials: input.trials,
  });
  if (!parsed.success) throw invalidInput(parsed.error);
  const { today, issueKey } = parsed.data;
  const { record, snapshot } = input;
  const { plan } = record;
  if (snapshot.epicKey !== record.epicKey)
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.notTheEpic', params: { field: 'snapshot.epicKey', key: snapshot.epicKey, epicKey: record.epicKey } },
      'snapshot.epicKey',
    );

  const issues = Object.values(snapshot.issues);
  const issue = issues.find((i) => i.key === issueKey);
  const mode = issueKey === record.epicKey ? 'epic' : 'compact';
  // An issue under the epic that is not campaign work (a Risk issue of the register, one added by hand) gets the
  // campaign's compact panel without a milestone of its own, when the loader found the campaign from its parent.
  if (mode === 'compact' && !issue && !Object.values(record.issueKeys).includes(issueKey) && input.underEpic !== true) {
    throw new DomainError('NOT_FOUND', { key: 'errors.notAnIssueOf', params: { issueKey, epicKey: record.epicKey } }, 'issueKey');
  }
  const calendar = plan.holidayCalendar;
  const items = campaignIssues(plan, issues);
  const gates = gateStatuses({
    gates: plan.gates,
    issueKeys: record.issueKeys,
    people: input.people,
    actingAccountId: input.actingAccountId,
    today,
    calendar,
    entries: input.signOffEntries,
  });
  const budget = withRiskCost(budgetBurn({ plan, items, today, channelSpend: input.channelSpend }), items, input.risks ?? []);
  const { milestones, criticalPath, riskEffects } = milestoneRisks(
    { ...riskInputOf(input, items), gates, trials: parsed.data.trials ?? TRIAL_DEFAULTS.maxTrials },
    input.forecast,
  );
  const kpis = input.kpiSeries ? kpiStatusesFromSeries(plan.kpis, today, input.kpiSeries) : kpiStatuses(plan.kpis, today, input.kpiActuals);
  const hasWork = items.some((i) => i.issue.kind === 'milestone' || i.issue.kind === 'task');
  const epic = issues.find((i) => i.key === record.epicKey);
  const ownMilestoneKey = mode === 'compact' ? milestoneKeyOf(issueKey, issue, record) : null;

  return {
    mode,
    issueKey,
    campaign: {
      epicKey: record.epicKey,
      name: epic?.summary ?? plan.name,
      launchDate: plan.launchDate,
      budget: plan.budget,
      issueCount: issues.length,
    },
    health: campaignHealth({ budget, milestones, gates, kpis, today, calendar, hasWork }),
    budget,
    milestones,
    criticalPath,
    ...registerSummary(input.risks ?? [], riskEffects),
    gates,
    kpis,
    ownGate: mode === 'compact' ? ownGate(gates, ownMilestoneKey) : null,
    ownMilestoneKey,
    dataAsOf: input.dataAsOf,
    refresh: input.refresh,
  };
}
