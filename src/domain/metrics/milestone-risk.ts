import type { CriticalStep, GateStatus, Health, MilestoneRisk } from '../../contracts/campaign-panel';
import { forecastNetwork, TRIAL_DEFAULTS, type Activity, type NetworkForecast, type PersonCapacity, type RiskEvent } from '../forecast';
import type { HolidayCalendar, IsoDate } from '../model';
import { BusinessCalendar } from './business-calendar';
import { campaignActivities, rolePools } from './campaign-network';
import { groupBy } from './group-by';
import type { CampaignIssue } from './issue-costs';
import type { Random } from './random';

export interface RiskInput {
  epicKey: string;
  items: readonly CampaignIssue[];
  gates: readonly GateStatus[];
  today: IsoDate;
  calendar: HolidayCalendar;
  random: Random;
  /** Trials at most; the Monte Carlo stops earlier once P85 is stable. */
  trials?: number;
  /** Open work of the other campaigns the app manages: it holds the same people. */
  otherActivities?: readonly Activity[];
  /** People's capacity settings; anyone else works 100 % on business days. */
  capacity?: readonly PersonCapacity[];
  /** Role → people, beyond those this campaign's rows already name (the project's role mapping). */
  pools?: Readonly<Record<string, readonly string[]>>;
  /** accountId → display name, for the people who drive the forecast. */
  people?: Readonly<Record<string, string>>;
  /** Open risks of the campaign's register, sampled as discrete events (each milestone then also gets its P85 without them). */
  risks?: readonly RiskEvent[];
}

export interface DeadlineRisk {
  milestones: MilestoneRisk[];
  criticalPath: CriticalStep[];
  /** Each open risk's mean delay of the launch when it happens, business days, largest first. */
  riskEffects: NetworkForecast['riskEffects'];
}

const byDueDate = (a: CampaignIssue, b: CampaignIssue): number =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.issue.key.localeCompare(b.issue.key);

/** Open issues blocking the milestone or its tasks whose due date has passed, most overdue first. */
function overdueDependencies(
  milestone: CampaignIssue,
  tasks: readonly CampaignIssue[],
  byKey: ReadonlyMap<string, CampaignIssue>,
  today: IsoDate,
  days: BusinessCalendar,
): MilestoneRisk['overdueDependencies'] {
  const keys = new Set([...milestone.issue.blockedBy, ...tasks.filter((t) => !t.done).flatMap((t) => t.issue.blockedBy)]);
  return [...keys]
    .map((k) => byKey.get(k))
    .filter(
      (b): b is CampaignIssue & { dueDate: IsoDate } =>
        b !== undefined && !b.done && b.dueDate !== null && days.overdue(b.dueDate, today) > 0,
    )
    .sort(byDueDate)
    .map((b) => ({ key: b.issue.key, summary: b.issue.summary, dueDate: b.dueDate }));
}

/** off_track: overdue or P50 after the due date; at_risk: P85 after it, or a late dependency or gate. */
function riskOf(m: Omit<MilestoneRisk, 'risk'>, overdue: boolean): Health {
  if (m.status === 'done') return 'on_track';
  if (overdue || (m.dueDate && m.p50 && m.p50 > m.dueDate)) return 'off_track';
  if ((m.dueDate && m.p85 && m.p85 > m.dueDate) || m.overdueDependencies.length > 0 || m.lateGates.length > 0) return 'at_risk';
  return 'on_track';
}

function mergedPools(own: Record<string, string[]>, extra: RiskInput['pools']): Record<string, string[]> {
  const pools = { ...own };
  for (const [role, people] of Object.entries(extra ?? {})) pools[role] = [...new Set([...(pools[role] ?? []), ...people])].sort();
  return pools;
}

function runForecast(input: RiskInput, risks: readonly RiskEvent[] = input.risks ?? []): NetworkForecast {
  const own = campaignActivities(input.epicKey, input.items);
  return forecastNetwork(
    {
      activities: [...own, ...(input.otherActivities ?? [])],
      people: input.capacity ?? [],
      pools: mergedPools(rolePools(input.items), input.pools),
      calendar: input.calendar,
      today: input.today,
      risks,
    },
    { random: input.random, maxTrials: input.trials ?? TRIAL_DEFAULTS.maxTrials },
  );
}

function criticalSteps(input: RiskInput, forecast: NetworkForecast): CriticalStep[] {
  const byKey = new Map([
    ...input.items.map((i) => [i.issue.key, { name: i.issue.summary, campaign: input.epicKey }] as const),
    ...(input.otherActivities ?? []).map((a) => [a.key, a] as const),
  ]);
  const kinds = new Map([...campaignActivities(input.epicKey, input.items), ...(input.otherActivities ?? [])].map((a) => [a.key, a.kind]));
  return (forecast.criticalPath.get(input.epicKey) ?? []).map((key) => ({
    key,
    // Another campaign's work is named by the UI ("work on another campaign"): the reader may not see it.
    name: byKey.get(key)?.name ?? '',
    kind: kinds.get(key) ?? 'task',
    criticality: Math.round((forecast.criticality.get(key) ?? 0) * 100) / 100,
    otherCampaign: (byKey.get(key)?.campaign ?? input.epicKey) !== input.epicKey,
  }));
}

/**
 * Deadline risk per milestone, in due date order: open work against business days left, overdue dependencies and
 * late gates, and P50/P85 dates from the resource-constrained Monte Carlo over the links and people's load across
 * campaigns; plus the campaign's critical path.
 */
export function milestoneRisks(input: RiskInput): DeadlineRisk {
  const { items, today } = input;
  const days = new BusinessCalendar(input.calendar);
  const byKey = new Map(items.map((i) => [i.issue.key, i]));
  const milestones = items.filter((i) => i.issue.kind === 'milestone').sort(byDueDate);
  const tasksOf = groupBy(
    items.filter((i) => i.issue.kind !== 'milestone' && i.issue.kind !== 'epic'),
    (i) => i.milestoneKey,
  );
  const openTasksOf = (m: CampaignIssue): CampaignIssue[] => (m.done ? [] : (tasksOf.get(m.issue.key) ?? []).filter((t) => !t.done));
  const forecast = runForecast(input);
  // With open risks, the same forecast without them: the panel shows how far the risks move each P85.
  const riskFree = (input.risks?.length ?? 0) > 0 ? runForecast(input, []) : undefined;
  const nameOf = (accountId: string): string => input.people?.[accountId] ?? accountId;

  const risks = milestones.map((m) => {
    const open = openTasksOf(m);
    // Dates when work is left: its own, or work elsewhere that its links wait for.
    const found = forecast.milestones.get(m.issue.key);
    const outlook = found && (open.length > 0 || found.p85Days > 0) ? found : undefined;
    const waited = outlook?.waitsFor ? byKey.get(outlook.waitsFor) : undefined;
    const base: Omit<MilestoneRisk, 'risk'> = {
      key: m.issue.key,
      name: m.issue.summary,
      dueDate: m.dueDate,
      status: m.done ? 'done' : 'open',
      openTasks: open.length,
      remainingWorkDays: open.reduce((s, t) => s + t.estimateDays, 0),
      businessDaysLeft: m.dueDate && !m.done ? days.between(today, m.dueDate) : null,
      overdueDependencies: m.done ? [] : overdueDependencies(m, tasksOf.get(m.issue.key) ?? [], byKey, today, days),
      lateGates: m.done
        ? []
        : input.gates
            .filter((g) => g.milestoneKey === m.issue.key && g.late)
            .map((g) => ({ gateId: g.gateId, name: g.name, dueDate: g.dueDate })),
      p50: outlook?.p50 ?? null,
      p85: outlook?.p85 ?? null,
      forecastBasis: 'network',
      trials: forecast.trials,
      onTimeProbability: outlook?.onTime ?? null,
      standardErrorDays: forecast.standardErrorDays,
      waitsFor: outlook?.waitsFor ? { key: outlook.waitsFor, name: waited?.issue.summary ?? outlook.waitsFor } : null,
      drivers: (outlook?.drivers ?? []).map((d) => ({ ...d, displayName: nameOf(d.accountId) })),
      ...(riskFree && outlook ? { p85WithoutRisks: riskFree.milestones.get(m.issue.key)?.p85 ?? null } : {}),
    };
    const overdue = !m.done && m.dueDate !== null && days.overdue(m.dueDate, today) > 0;
    return { ...base, risk: riskOf(base, overdue) };
  });
  return { milestones: risks, criticalPath: criticalSteps(input, forecast), riskEffects: forecast.riskEffects };
}
