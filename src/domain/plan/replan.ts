import { differenceInCalendarDays } from 'date-fns';
import { type IsoDate, type CampaignPlan, type PlanRow } from '../model';
import type { DateChange } from '../../contracts/campaign-planner';
import { DomainError } from '../errors';
import { addBusinessDays, addCalendarDays, businessDaysBetween } from '../schedule/business-days';
import { scheduleBackward, type BackwardResult } from '../schedule/backward';
import { toDate } from '../schedule/holidays';
import { refreshWarnings } from './plan-warnings';
import { requireValid } from './validate';
import { CalendarDate } from '../schedule/calendar-date';
import { mustGetKey } from '../invariant';

/** What Jira says about the issue a row became. */
export interface RowIssue {
  key: string;
  dueDate: string | null;
  done: boolean;
}

export interface ReplanInput {
  plan: CampaignPlan;
  newLaunchDate: IsoDate;
  today: IsoDate;
  issues: Record<string, RowIssue>;
}

export interface ReplanResult {
  plan: CampaignPlan;
  changes: DateChange[];
}

function schedule(
  plan: CampaignPlan,
  launchDate: IsoDate,
  today: IsoDate,
  fixed: Record<string, { startDate: IsoDate; dueDate: IsoDate }>,
): BackwardResult {
  const calendar = plan.holidayCalendar;
  const milestones = plan.rows.filter((r) => r.kind === 'milestone');
  const milestoneIds = new Set(milestones.map((m) => m.rowId));
  const tasks = plan.rows.flatMap((t) => {
    if (t.kind !== 'task') return [];
    if (!t.parentRowId || !milestoneIds.has(t.parentRowId))
      throw new DomainError(
        'INVALID_INPUT',
        { key: 'errors.taskWithoutMilestone', params: { field: `plan.rows.${t.rowId}.parentRowId` } },
        `plan.rows.${t.rowId}.parentRowId`,
      );
    return [{ ...t, parentRowId: t.parentRowId }];
  });
  return scheduleBackward({
    launchDate,
    calendar,
    today,
    // Offsets are read back from the plan's own dates, so a milestone the PM moved keeps its distance to launch.
    milestones: milestones.map((m) => ({
      id: m.rowId,
      summary: m.summary,
      offsetBusinessDays: businessDaysBetween(plan.launchDate, m.dueDate, calendar),
    })),
    tasks: tasks.map((t) => ({
      id: t.rowId,
      milestoneId: t.parentRowId,
      summary: t.summary,
      estimateBusinessDays: t.estimateBusinessDays,
      dependsOn: t.dependsOn,
    })),
    fixed,
  });
}

/**
 * A task moved off its computed dates (the PM's edit in the preview, a leveling change applied to the campaign) keeps
 * that distance: it moves by as many business days as its computed dates do, from the campaign's current schedule
 * `before` to the new one `after`. Every other row takes its new computed dates.
 */
function keepingMoves(plan: CampaignPlan, before: BackwardResult, after: BackwardResult): BackwardResult['dates'] {
  const calendar = plan.holidayCalendar;
  const dates = { ...after.dates };
  for (const row of plan.rows) {
    const was = before.dates[row.rowId];
    const now = after.dates[row.rowId];
    if (row.kind !== 'task' || !was || !now || (row.dueDate === was.dueDate && row.startDate === was.startDate)) continue;
    dates[row.rowId] = {
      startDate: addBusinessDays(row.startDate, businessDaysBetween(was.startDate, now.startDate, calendar), calendar),
      dueDate: addBusinessDays(row.dueDate, businessDaysBetween(was.dueDate, now.dueDate, calendar), calendar),
    };
  }
  return dates;
}

/**
 * Moves a created campaign to a new launch date: every date is recomputed from the new launch, and a task moved off
 * its computed dates keeps that distance (`keepingMoves`), so re-planning to the same date changes nothing. Done work keeps its
 * dates (its would-be move is listed with `done: true`, never applied). Only rows whose due date actually changes
 * against the issue's current due date are listed.
 */
export function replan(input: ReplanInput): ReplanResult {
  const newLaunchDate = requireValid(CalendarDate, input.newLaunchDate, 'launchDate');
  const today = requireValid(CalendarDate, input.today, 'today');
  const { plan, issues } = input;
  const calendar = plan.holidayCalendar;

  const fixed: Record<string, { startDate: IsoDate; dueDate: IsoDate }> = {};
  for (const row of plan.rows) {
    const issue = issues[row.rowId];
    if (!issue?.done) continue;
    const dueDate = issue.dueDate && CalendarDate.safeParse(issue.dueDate).success ? issue.dueDate : row.dueDate;
    fixed[row.rowId] = { startDate: row.startDate < dueDate ? row.startDate : dueDate, dueDate };
  }
  const computed = schedule(plan, newLaunchDate, today, fixed);
  const applied = { ...computed, dates: keepingMoves(plan, schedule(plan, plan.launchDate, today, fixed), computed) };
  const unconstrained = Object.keys(fixed).length > 0 ? schedule(plan, newLaunchDate, today, {}) : applied;

  const rows: PlanRow[] = plan.rows.map((r) => ({ ...r, ...applied.dates[r.rowId] }));
  const changes: DateChange[] = [];
  for (const row of plan.rows) {
    const issue = issues[row.rowId];
    if (!issue) continue;
    const done = issue.done;
    const from = issue.dueDate ?? row.dueDate;
    const to = mustGetKey((done ? unconstrained : applied).dates, row.rowId, 'row dates').dueDate;
    if (from !== to) changes.push({ rowId: row.rowId, issueKey: issue.key, summary: row.summary, from, to, done });
  }

  const milestoneDue = new Map(plan.rows.filter((r) => r.kind === 'milestone').map((r) => [r.rowId, r.dueDate]));
  const gates = plan.gates.map((g) => {
    const oldMilestone = milestoneDue.get(g.milestoneRowId);
    const newMilestone = applied.dates[g.milestoneRowId]?.dueDate;
    if (!oldMilestone || !newMilestone) return g;
    const lead = businessDaysBetween(g.dueDate, oldMilestone, calendar);
    return { ...g, dueDate: addBusinessDays(newMilestone, -lead, calendar) };
  });
  // KPI windows are calendar days around launch.
  const shift = differenceInCalendarDays(toDate(newLaunchDate), toDate(plan.launchDate));
  const kpis = plan.kpis.map((k) => ({
    ...k,
    windowStart: addCalendarDays(k.windowStart, shift),
    windowEnd: addCalendarDays(k.windowEnd, shift),
  }));

  const next: CampaignPlan = { ...plan, launchDate: newLaunchDate, rows, gates, kpis };
  return { plan: { ...next, warnings: refreshWarnings(next, { today, settled: new Set(Object.keys(fixed)) }) }, changes };
}
