import type { z } from 'zod';
import type { CostCategory, GateTemplate, KpiTemplate, MilestoneTemplate, OwnerRole, TaskTemplate } from '../../model';

type MilestoneIn = z.input<typeof MilestoneTemplate>;
type TaskIn = z.input<typeof TaskTemplate>;
type GateIn = z.input<typeof GateTemplate>;
type KpiIn = z.input<typeof KpiTemplate>;

/** Scenario offsets are calendar days; templates count business days (≈ 5 working days a week). */
export const businessDaysFromCalendarDays = (calendarDays: number): number => Math.round((calendarDays * 5) / 7) || 0;

/** A milestone from a scenario's calendar-day offset, or an exact business-day offset when the weekday matters. */
export const milestone = (
  id: string,
  offset: { calendarDays: number } | { businessDays: number },
  en: string,
  fr: string,
): MilestoneIn => ({
  id,
  name: { en, fr },
  offsetBusinessDays: 'businessDays' in offset ? offset.businessDays : businessDaysFromCalendarDays(offset.calendarDays),
});

/** A predecessor: its id, or [id, lag in business days]. */
export type After = string | [string, number];

export interface TaskOptions {
  cost?: [number, CostCategory];
  after?: After[];
}

export const task = (
  id: string,
  milestoneId: string,
  en: string,
  fr: string,
  ownerRole: OwnerRole,
  estimateBusinessDays: number,
  options: TaskOptions = {},
): TaskIn => ({
  id,
  milestoneId,
  summary: { en, fr },
  ownerRole,
  estimateBusinessDays,
  ...(options.cost ? { plannedCost: { amount: options.cost[0], category: options.cost[1] } } : {}),
  dependsOn: (options.after ?? []).map((a) =>
    typeof a === 'string' ? { taskId: a, lagBusinessDays: 0 } : { taskId: a[0], lagBusinessDays: a[1] },
  ),
});

export const gate = (
  id: string,
  milestoneId: string,
  en: string,
  fr: string,
  approverRoles: OwnerRole[],
  quorum: GateIn['quorum'],
  options: Pick<
    GateIn,
    'afterGateId' | 'dueBusinessDaysBeforeMilestone' | 'declineNeedsReason' | 'declineClosesGate' | 'transitionOnApproval'
  > = {},
): GateIn => ({ id, milestoneId, name: { en, fr }, approverRoles, quorum, ...options });

/** "n of m" quorum from the scenarios. */
export const nOf = (n: number): GateIn['quorum'] => ({ kind: 'count', n });

export const kpi = (
  id: string,
  en: string,
  fr: string,
  unit: KpiIn['unit'],
  target: number,
  direction: KpiIn['direction'],
  fromDays: number,
  toDays: number,
): KpiIn => ({
  id,
  name: { en, fr },
  unit,
  target,
  direction,
  window: { fromDays, toDays },
});
