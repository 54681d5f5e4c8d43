import type { CriticalStep, Health, MilestoneRisk } from '../../contracts/campaign-panel';
import type { IsoDate } from '../model';
import { BusinessCalendar } from './business-calendar';
import { forecastDeadlines, type DeadlineForecast } from './deadline-forecast';
import { groupBy } from './group-by';
import type { CampaignIssue } from './issue-costs';
import type { RiskInput } from './risk-input';

export type { RiskInput } from './risk-input';

export interface DeadlineRisk {
  milestones: MilestoneRisk[];
  criticalPath: CriticalStep[];
  /** Each open risk's mean delay of the launch when it happens, business days, largest first. */
  riskEffects: DeadlineForecast['riskEffects'];
}

/** A stored critical path under the campaign's current summaries (a rename since the forecast shows at once). */
function currentNames(steps: readonly CriticalStep[], byKey: ReadonlyMap<string, CampaignIssue>): CriticalStep[] {
  return steps.map((s) => ({ ...s, name: byKey.get(s.key)?.issue.summary ?? s.name }));
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
 * late gates, and P50/P85 dates from the resource-constrained Monte Carlo over the links and people's load across
 * campaigns; plus the campaign's critical path.
 */
export function milestoneRisks(input: RiskInput, forecast: DeadlineForecast | null = forecastDeadlines(input)): DeadlineRisk {
  const { items, today } = input;
  const days = new BusinessCalendar(input.calendar);
  const byKey = new Map(items.map((i) => [i.issue.key, i]));
  const milestones = items.filter((i) => i.issue.kind === 'milestone').sort(byDueDate);
  const tasksOf = groupBy(
    items.filter((i) => i.issue.kind !== 'milestone' && i.issue.kind !== 'epic'),
    (i) => i.milestoneKey,
  );
  const openTasksOf = (m: CampaignIssue): CampaignIssue[] => (m.done ? [] : (tasksOf.get(m.issue.key) ?? []).filter((t) => !t.done));
  const nameOf = (accountId: string): string => input.people?.[accountId] ?? accountId;
  const afterDue = (due: IsoDate | null, date: IsoDate | undefined): number | null => (due && date ? days.between(due, date) : null);

  const risks = milestones.map((m) => {
    const open = openTasksOf(m);
    // Dates when work is left: its own, or work elsewhere that its links wait for.
    const found = forecast?.milestones[m.issue.key];
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
      p50DaysAfterDue: afterDue(m.dueDate, outlook?.p50),
      p85DaysAfterDue: afterDue(m.dueDate, outlook?.p85),
      forecastBasis: 'network',
      trials: forecast?.trials ?? 0,
      onTimeProbability: outlook?.onTime ?? null,
      standardErrorDays: forecast?.standardErrorDays ?? 0,
      waitsFor: outlook?.waitsFor ? { key: outlook.waitsFor, name: waited?.issue.summary ?? outlook.waitsFor } : null,
      drivers: (outlook?.drivers ?? []).map((d) => ({ ...d, displayName: nameOf(d.accountId) })),
      ...(forecast?.p85WithoutRisks && outlook ? { p85WithoutRisks: forecast.p85WithoutRisks[m.issue.key] ?? null } : {}),
    };
    const overdue = !m.done && m.dueDate !== null && days.overdue(m.dueDate, today) > 0;
    return { ...base, risk: riskOf(base, overdue) };
  });
  return { milestones: risks, criticalPath: currentNames(forecast?.criticalPath ?? [], byKey), riskEffects: forecast?.riskEffects ?? [] };
}
