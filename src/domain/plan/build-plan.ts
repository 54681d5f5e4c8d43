import {
  CampaignPlan,
  Money,
  type CampaignTemplate,
  type HolidayCalendar,
  type IsoDate,
  type Language,
  type OwnerRole,
  type PlanBrief,
  type PlanGate,
  type PlanKpi,
  type PlanRow,
  type PlanWarning,
} from '../model';
import { DomainError } from '../errors';
import { requireValid } from './validate';
import { CalendarDate } from '../schedule/calendar-date';
import { addBusinessDays, addCalendarDays } from '../schedule/business-days';
import { scheduleBackward, type BackwardResult } from '../schedule/backward';
import { mustGet, mustGetKey } from '../invariant';
import { aggregationOf } from '../kpi/aggregation';
import { checkedBudget, planCosts, scaledTarget } from './budget';
import { campaignLabel, milestoneSummary } from './labels';
import { assignmentWarnings, gateWarnings, type RoleAssignments } from './assignment-warnings';

export interface BuildPlanInput {
  template: CampaignTemplate;
  launchDate: IsoDate;
  budget: Money;
  holidayCalendar: HolidayCalendar;
  language: Language;
  projectKey: string;
  name?: string;
  today: IsoDate;
  roleAssignments: RoleAssignments;
  brief?: PlanBrief;
}

/** Plan rows share one id space (and `epic` names the epic in creation records). */
function checkRowIds(template: CampaignTemplate): void {
  const milestoneIds = new Set(template.milestones.map((m) => m.id));
  template.milestones.forEach((m, i) => {
    if (m.id === 'epic')
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.epicIdReserved', params: { field: `template.milestones.${i}.id` } },
        `template.milestones.${i}.id`,
      );
  });
  template.tasks.forEach((t, i) => {
    if (t.id === 'epic' || milestoneIds.has(t.id)) {
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.rowIdTaken', params: { field: `template.tasks.${i}.id`, id: t.id } },
        `template.tasks.${i}.id`,
      );
    }
  });
}

const firstPerson = (roles: RoleAssignments, role: OwnerRole): string | undefined => roles[role]?.find((id) => id.length > 0);

type TemplateMilestone = CampaignTemplate['milestones'][number];
type RowDates = BackwardResult['dates'];

/** The template's milestones by offset, their summaries, and every row's dates scheduled back from launch. */
function scheduleTemplate(
  template: CampaignTemplate,
  language: Language,
  at: { launchDate: IsoDate; today: IsoDate; calendar: HolidayCalendar },
): { milestones: TemplateMilestone[]; summaries: Map<string, string>; dates: RowDates; warnings: PlanWarning[] } {
  const milestones = [...template.milestones].sort((a, b) => a.offsetBusinessDays - b.offsetBusinessDays);
  const summaries = new Map(milestones.map((m) => [m.id, milestoneSummary(m.name[language], m.offsetBusinessDays)]));
  const schedule = scheduleBackward({
    ...at,
    milestones: milestones.map((m) => ({
      id: m.id,
      summary: mustGet(summaries, m.id, 'milestone summary'),
      offsetBusinessDays: m.offsetBusinessDays,
    })),
    tasks: template.tasks.map((t) => ({
      id: t.id,
      milestoneId: t.milestoneId,
      summary: t.summary[language],
      estimateBusinessDays: t.estimateBusinessDays,
      dependsOn: t.dependsOn.map((d) => ({ rowId: d.taskId, lagBusinessDays: d.lagBusinessDays })),
    })),
  });
  return { milestones, summaries, dates: schedule.dates, warnings: schedule.warnings };
}

/** Each milestone (owned by the PM) followed by its tasks, dated, assigned by role and costed. */
function planRows(
  template: CampaignTemplate,
  input: { language: Language; roleAssignments: RoleAssignments },
  scheduled: { milestones: TemplateMilestone[]; summaries: Map<string, string>; dates: RowDates },
  costOf: Map<string, number>,
): PlanRow[] {
  const { language, roleAssignments } = input;
  const { milestones, summaries, dates } = scheduled;
  const rows: PlanRow[] = [];
  for (const m of milestones) {
    const pm = firstPerson(roleAssignments, 'pm');
    rows.push({
      rowId: m.id,
      kind: 'milestone',
      summary: mustGet(summaries, m.id, 'milestone summary'),
      ownerRole: 'pm',
      ...(pm ? { assigneeAccountId: pm } : {}),
      ...mustGetKey(dates, m.id, 'milestone dates'),
      estimateBusinessDays: 0,
      dependsOn: [],
    });
    for (const t of template.tasks.filter((x) => x.milestoneId === m.id)) {
      const assignee = firstPerson(roleAssignments, t.ownerRole);
      const cost = costOf.get(t.id);
      rows.push({
        rowId: t.id,
        kind: 'task',
        parentRowId: m.id,
        summary: t.summary[language],
        ownerRole: t.ownerRole,
        ...(assignee ? { assigneeAccountId: assignee } : {}),
        ...mustGetKey(dates, t.id, 'task dates'),
        estimateBusinessDays: t.estimateBusinessDays,
        ...(cost !== undefined && t.plannedCost ? { plannedCost: cost, costCategory: t.plannedCost.category } : {}),
        dependsOn: t.dependsOn.map((d) => ({ rowId: d.taskId, lagBusinessDays: d.lagBusinessDays })),
      });
    }
  }
  return rows;
}

/** The template's gates with their approvers (by role) and due dates (before their milestone). */
function planGates(
  template: CampaignTemplate,
  input: { language: Language; roleAssignments: RoleAssignments; calendar: HolidayCalendar },
  dates: RowDates,
): PlanGate[] {
  const { language, roleAssignments, calendar } = input;
  return template.gates.map((g) => {
    const approvers = [...new Set(g.approverRoles.flatMap((role) => roleAssignments[role] ?? []))];
    // The template schema refuses a gate on an unknown milestone, and every milestone is scheduled.
    const milestoneDue = mustGetKey(dates, g.milestoneId, 'milestone dates').dueDate;
    return {
      gateId: g.id,
      name: g.name[language],
      milestoneRowId: g.milestoneId,
      approverRoles: g.approverRoles,
      approverAccountIds: approvers,
      quorum: g.quorum,
      ...(g.afterGateId ? { afterGateId: g.afterGateId } : {}),
      dueDate: addBusinessDays(milestoneDue, -g.dueBusinessDaysBeforeMilestone, calendar),
      declineNeedsReason: g.declineNeedsReason,
      ...(g.declineClosesGate ? {} : { declineClosesGate: false }),
      ...(g.transitionOnApproval ? { transitionOnApproval: g.transitionOnApproval } : {}),
    };
  });
}

/**
 * The template's KPIs, their windows counted in calendar days from launch, each saying how it aggregates; targets
 * that grow with spend are scaled to the budget, ratios and averages are kept.
 */
const planKpis = (template: CampaignTemplate, language: Language, launchDate: IsoDate, budget: Money): PlanKpi[] =>
  template.kpis.map((k) => {
    const kpi: PlanKpi = {
      kpiId: k.id,
      name: k.name[language],
      unit: k.unit,
      target: k.target,
      direction: k.direction,
      // Inferred from the English name when the template does not say it, so both languages agree.
      aggregation: aggregationOf({ ...k, name: k.name.en }),
      windowStart: addCalendarDays(launchDate, k.window.fromDays),
      windowEnd: addCalendarDays(launchDate, k.window.toDays),
    };
    return { ...kpi, target: scaledTarget(kpi, template, budget) };
  });

/**
 * A template applied to a launch date, a budget and a role mapping: dated rows (backward-scheduled), scaled costs,
 * gates with their approvers and due dates, KPI windows, and every warning. Pure: no I/O, nothing created.
 */
export function buildPlan(input: BuildPlanInput): CampaignPlan {
  const { template, holidayCalendar: calendar, language, roleAssignments } = input;
  const launchDate = requireValid(CalendarDate, input.launchDate, 'launchDate');
  const today = requireValid(CalendarDate, input.today, 'today');
  const budget = checkedBudget(requireValid(Money, input.budget, 'budget'));
  checkRowIds(template);

  const scheduled = scheduleTemplate(template, language, { launchDate, today, calendar });
  const costs = planCosts(template, budget, language);
  const rows = planRows(template, { language, roleAssignments }, scheduled, costs.costOf);
  const gates = planGates(template, { language, roleAssignments, calendar }, scheduled.dates);
  const kpis = planKpis(template, language, launchDate, budget);

  const name = (input.name?.trim() || `${template.name[language]} ${launchDate.slice(0, 4)}`).slice(0, 255);
  const warnings: PlanWarning[] = [...scheduled.warnings, ...costs.warnings, ...assignmentWarnings(rows), ...gateWarnings(gates, today)];

  return requireValid(
    CampaignPlan,
    {
      templateId: template.id,
      templateVersion: template.version,
      language,
      projectKey: input.projectKey,
      name,
      launchDate,
      holidayCalendar: calendar,
      budget,
      campaignLabel: campaignLabel(name, template.id),
      rows,
      gates,
      kpis,
      ...(input.brief ? { brief: input.brief } : {}),
      warnings,
    },
    'plan',
  );
}
