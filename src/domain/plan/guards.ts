import type { CampaignPlan, IsoDate, PlanGate, PlanRow, PlanWarning, Quorum } from '../model';
import { addBusinessDays, businessDayOnOrAfter, businessDaysBetween } from '../schedule/business-days';
import { checkSchedule } from '../schedule/check-schedule';
import type { RoleAssignments } from './assignment-warnings';
import { gateWarnings } from './assignment-warnings';
import { isPlanError, planWarning } from './warning';

/** A launch further than this from today draws a remark (a mistyped year, such as 2099). */
export const FAR_OUT_YEARS = 2;

export interface GuardContext {
  today: IsoDate;
  /** Who creates the campaign, and so reports every issue of it (the acting user). */
  reporterAccountId: string;
  roleAssignments: RoleAssignments;
  /** Who may be given work or sign-offs in the project (assignable people); absent = not known, not checked. */
  permitted?: ReadonlySet<string>;
  /** accountId → display name, for the words. */
  names: ReadonlyMap<string, string>;
}

const nameOf = (ctx: GuardContext, accountId: string): string => ctx.names.get(accountId) ?? accountId;

/** Whether approvals from `others` alone can still reach the gate's quorum (of `total` approvers). */
function quorumReachable(quorum: Quorum, others: number, total: number): boolean {
  switch (quorum.kind) {
    case 'any':
      return others >= 1;
    case 'count':
      return others >= quorum.n;
    case 'percent':
      return others >= Math.ceil((total * quorum.percent) / 100);
    case 'all':
      return false;
  }
}

type Own = 'assignee' | 'reporter';

/** The tie that makes a person's decision on the gate a self-approval, or null. */
const ownTie = (accountId: string, milestone: PlanRow, ctx: GuardContext): Own | null =>
  milestone.assigneeAccountId === accountId ? 'assignee' : ctx.reporterAccountId === accountId ? 'reporter' : null;

/**
 * Separation of duties on one gate: an approver who is the assignee or the reporter of the milestone it guards is
 * replaced by another person of the gate's roles when `replace` is set and there is one; otherwise it is a warning
 * when the others can still reach the quorum, and an error when the gate could never pass.
 */
function gateSeparation(
  gate: PlanGate,
  milestone: PlanRow,
  ctx: GuardContext,
  replace: boolean,
): { gate: PlanGate; warnings: PlanWarning[] } {
  const approvers = [...gate.approverAccountIds];
  const warnings: PlanWarning[] = [];
  const base = { rowId: gate.gateId, kind: 'separation_of_duties', field: 'approverAccountIds' } as const;
  for (const accountId of gate.approverAccountIds) {
    const own = ownTie(accountId, milestone, ctx);
    if (!own) continue;
    const params = { gate: gate.name, milestone: milestone.summary, person: nameOf(ctx, accountId), own };
    const candidate = replace
      ? gate.approverRoles
          .flatMap((role) => ctx.roleAssignments[role] ?? [])
          .find((c) => !approvers.includes(c) && ownTie(c, milestone, ctx) === null && (ctx.permitted?.has(c) ?? true))
      : undefined;
    if (candidate) {
      approvers.splice(approvers.indexOf(accountId), 1, candidate);
      warnings.push(planWarning(base, { key: 'plan.sodReplaced', params: { ...params, replacement: nameOf(ctx, candidate) } }));
      continue;
    }
    const others = approvers.filter((a) => ownTie(a, milestone, ctx) === null).length;
    warnings.push(
      quorumReachable(gate.quorum, others, approvers.length)
        ? planWarning(base, { key: 'plan.sodOthersSuffice', params })
        : planWarning(base, { key: 'plan.sodNoReplacement', params: { ...params, roles: gate.approverRoles.join(',') } }),
    );
  }
  return { gate: { ...gate, approverAccountIds: approvers }, warnings };
}

/** Every gate checked for self-approval; with `replace`, conflicted approvers are swapped where the roles allow. */
export function separationOfDuties(
  plan: CampaignPlan,
  ctx: GuardContext,
  replace: boolean,
): { gates: PlanGate[]; warnings: PlanWarning[] } {
  const rows = new Map(plan.rows.map((r) => [r.rowId, r]));
  const warnings: PlanWarning[] = [];
  const gates = plan.gates.map((g) => {
    const milestone = rows.get(g.milestoneRowId);
    if (!milestone) return g;
    const checked = gateSeparation(g, milestone, ctx, replace);
    warnings.push(...checked.warnings);
    return checked.gate;
  });
  return { gates, warnings };
}

/** Work or sign-offs given to people without the project permission (read-only people, outsiders): errors. */
export function permissionWarnings(plan: CampaignPlan, projectKey: string, ctx: GuardContext): PlanWarning[] {
  const permitted = ctx.permitted;
  if (!permitted) return [];
  const out: PlanWarning[] = [];
  for (const r of plan.rows) {
    if (r.assigneeAccountId && !permitted.has(r.assigneeAccountId))
      out.push(
        planWarning(
          { rowId: r.rowId, kind: 'not_permitted', field: 'assigneeAccountId' },
          { key: 'plan.assigneeNotPermitted', params: { summary: r.summary, person: nameOf(ctx, r.assigneeAccountId), projectKey } },
        ),
      );
  }
  for (const g of plan.gates)
    for (const a of g.approverAccountIds.filter((id) => !permitted.has(id)))
      out.push(
        planWarning(
          { rowId: g.gateId, kind: 'not_permitted', field: 'approverAccountIds' },
          { key: 'plan.approverNotPermitted', params: { gate: g.name, person: nameOf(ctx, a), projectKey } },
        ),
      );
  return out;
}

/** The same calendar day `years` later (29 February compares as a string, so it needs no special case). */
const yearsAfter = (iso: IsoDate, years: number): IsoDate => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

/** A launch more than two years out: a remark (often a mistyped year). */
export function farOutRemarks(plan: CampaignPlan, today: IsoDate): PlanWarning[] {
  if (plan.launchDate <= yearsAfter(today, FAR_OUT_YEARS)) return [];
  return [
    planWarning(
      { kind: 'remark', field: 'launchDate' },
      { key: 'plan.launchFarOut', params: { launch: plan.launchDate, years: FAR_OUT_YEARS } },
    ),
  ];
}

/**
 * The earliest launch at which no work starts before today: the chosen launch moved by as many business days as
 * the plan's earliest work starts before (or after) the first working day from today. So it is today plus the
 * plan's whole chain of work back from launch, in business days of the plan's holiday calendar.
 */
export function earliestFeasibleLaunch(plan: CampaignPlan, today: IsoDate): { launchDate: IsoDate; shiftBusinessDays: number } {
  const start = plan.rows.reduce<IsoDate>((min, r) => (r.startDate < min ? r.startDate : min), plan.launchDate);
  const firstWorkingDay = businessDayOnOrAfter(today, plan.holidayCalendar);
  const shift = businessDaysBetween(start, firstWorkingDay, plan.holidayCalendar);
  return { launchDate: addBusinessDays(plan.launchDate, shift, plan.holidayCalendar), shiftBusinessDays: shift };
}

/** The guards before creation on a previewed plan: separation of duties (with replacements), permissions, remarks. */
export function guardPlan(plan: CampaignPlan, ctx: GuardContext): CampaignPlan {
  const sod = separationOfDuties(plan, ctx, true);
  const guarded: CampaignPlan = { ...plan, gates: sod.gates };
  const warnings = [
    ...plan.warnings,
    ...sod.warnings,
    ...permissionWarnings(guarded, plan.projectKey, ctx),
    ...farOutRemarks(plan, ctx.today),
  ];
  return { ...guarded, warnings: warnings.map((w) => ({ ...w, severity: isPlanError(w) ? 'error' : 'warning' })) };
}

/** The errors of a plan about to be created, recomputed from its rows and gates (never trusted from the page). */
export function planErrors(plan: CampaignPlan, ctx: GuardContext): PlanWarning[] {
  return [
    ...checkSchedule(plan.rows, { today: ctx.today, calendar: plan.holidayCalendar }),
    ...gateWarnings(plan.gates, ctx.today),
    ...separationOfDuties(plan, ctx, false).warnings,
    ...permissionWarnings(plan, plan.projectKey, ctx),
  ].filter(isPlanError);
}

/** How many problems of each severity a plan carries. */
export const severityCounts = (warnings: readonly PlanWarning[]): { errors: number; warnings: number } => {
  const errors = warnings.filter(isPlanError).length;
  return { errors, warnings: warnings.length - errors };
};
