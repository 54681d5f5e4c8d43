import type { GateStatus, Health, MilestoneRisk } from '../../contracts/campaign-panel';
import type { HolidayCalendar, IsoDate } from '../model';
import { BusinessCalendar } from './business-calendar';
import { groupBy } from './group-by';
import type { CampaignIssue } from './issue-costs';
import { DEFAULT_TRIALS, forecastFromEstimates, forecastFromThroughput, type MilestoneForecast, type MilestoneWork } from './monte-carlo';
import type { Random } from './random';
import type { ThroughputHistory } from './throughput';

export interface RiskInput {
  items: readonly CampaignIssue[];
  gates: readonly GateStatus[];
  history: ThroughputHistory;
  today: IsoDate;
  calendar: HolidayCalendar;
  random: Random;
  trials?: number;
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

/**
 * Deadline risk per milestone, in due date order: open work against business days left, overdue dependencies and
 * late gates, and Monte Carlo P50/P85 completion dates (from throughput history when there is enough, else estimates).
 */
export function milestoneRisks(input: RiskInput): MilestoneRisk[] {
  const { items, today, history } = input;
  const days = new BusinessCalendar(input.calendar);
  const trials = input.trials ?? DEFAULT_TRIALS;
  const byKey = new Map(items.map((i) => [i.issue.key, i]));
  const milestones = items.filter((i) => i.issue.kind === 'milestone').sort(byDueDate);
  const tasksOf = groupBy(
    items.filter((i) => i.issue.kind !== 'milestone' && i.issue.kind !== 'epic'),
    (i) => i.milestoneKey,
  );
  const openTasksOf = (m: CampaignIssue): CampaignIssue[] => (m.done ? [] : (tasksOf.get(m.issue.key) ?? []).filter((t) => !t.done));

  const work: MilestoneWork[] = milestones.map((m) => ({
    key: m.issue.key,
    openTasks: openTasksOf(m).map((t) => ({ estimateDays: t.estimateDays, assigneeAccountId: t.issue.assigneeAccountId })),
  }));
  const basis = history.usable ? 'history' : 'estimates';
  const forecasts = new Map<string, MilestoneForecast>(
    (basis === 'history'
      ? forecastFromThroughput(work, history.perDay, input.random, trials)
      : forecastFromEstimates(work, input.random, trials)
    ).map((f) => [f.key, f]),
  );

  return milestones.map((m) => {
    const open = openTasksOf(m);
    const forecast = forecasts.get(m.issue.key);
    const toDate = (n: number | null | undefined): IsoDate | null => (n === null || n === undefined ? null : days.finish(today, n));
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
      p50: toDate(forecast?.p50Days),
      p85: toDate(forecast?.p85Days),
      forecastBasis: basis,
      trials,
    };
    const overdue = !m.done && m.dueDate !== null && days.overdue(m.dueDate, today) > 0;
    return { ...base, risk: riskOf(base, overdue) };
  });
}
