import type { CampaignPlan, IsoDate, PlanWarning } from '../model';
import { checkSchedule, SCHEDULE_WARNING_KINDS } from '../schedule/check-schedule';
import { ASSIGNMENT_WARNING_KINDS, assignmentWarnings, gateWarnings } from './assignment-warnings';

/**
 * Recomputes every warning that follows from the plan's dates and people, keeping the ones it cannot recompute
 * (brief and budget) and adding `extra` ones about the edit that was just made.
 */
export function refreshWarnings(
  plan: CampaignPlan,
  ctx: { today: IsoDate; settled?: ReadonlySet<string> },
  extra: PlanWarning[] = [],
): PlanWarning[] {
  const rowIds = new Set([...plan.rows.map((r) => r.rowId), ...plan.gates.map((g) => g.gateId), ...plan.kpis.map((k) => k.kpiId)]);
  const kept = plan.warnings.filter(
    (w) => !SCHEDULE_WARNING_KINDS.has(w.kind) && !ASSIGNMENT_WARNING_KINDS.has(w.kind) && (!w.rowId || rowIds.has(w.rowId)),
  );
  return [
    ...checkSchedule(plan.rows, { today: ctx.today, calendar: plan.holidayCalendar, settled: ctx.settled }),
    ...extra,
    ...assignmentWarnings(plan.rows.filter((r) => !ctx.settled?.has(r.rowId))),
    ...gateWarnings(plan.gates, ctx.today),
    ...kept,
  ];
}
