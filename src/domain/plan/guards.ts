import type { CampaignPlan, IsoDate, PlanGate, PlanRow, PlanWarning, Quorum } from '../model';
import { addBusinessDays, businessDayOnOrAfter, businessDaysBetween } from '../schedule/business-days';
import { checkSchedule } from '../schedule/check-schedule';
import { gateWarnings } from './assignment-warnings';
import { isPlanError, planWarning } from './warning';

/** A launch further than this from today draws a remark (a mistyped year, such as 2099). */
export const FAR_OUT_YEARS = 2;

export interface GuardContext {
  today: IsoDate;
  /** Who creates the campaign, and so reports every issue of it (the acting user). */
  reporterAccountId: string;
  /** Who may be given work or sign-offs in the project (assignable people); absent = not known, not checked. */
  permitted?: ReadonlySet<string>;
  /** accountId → display name, for the words. */
  names: ReadonlyMap<string, string>;
}

const nameOf = (ctx: GuardContext, accountId: string): string => ctx.names.get(accountId) ?? accountId;

/** Whether approvals from the `untied` approvers alone can reach the gate's quorum (of `total` approvers). */
function quorumReachable(quorum: Quorum, untied: number, total: number): boolean {
  switch (quorum.kind) {
    case 'any':
      return untied >= 1;
    case 'count':
      return untied >= quorum.n;
    case 'percent':
      return untied >= 1 && untied >= Math.ceil((total * quorum.percent) / 100);
    case 'all':
      return untied >= 1 && untied === total;
  }
}

type Own = 'assignee' | 'reporter';

/** The tie that makes a person's decision on the gate a self-approval, or null. */
const ownTie = (accountId: string, milestone: PlanRow, ctx: GuardContext): Own | null =>
  milestone.assigneeAccountId === accountId ? 'assignee' : ctx.reporterAccountId === accountId ? 'reporter' : null;

/**
 * Separation of duties on one gate: an approver who is the assignee or the reporter of the milestone it guards may
 * not decide on it. With `replace`, such approvers leave the gate when the other people of its roles can still
 * reach the quorum (they are the replacement, said in a warning); otherwise, and whenever the gate as it is could
 * never pass, it is an error.
 */
function gateSeparation(
  gate: PlanGate,
  milestone: PlanRow,
  ctx: GuardContext,
  replace: boolean,
): { gate: PlanGate; warnings: PlanWarning[] } {
  const tied = gate.approverAccountIds.flatMap((a) => {
    const own = ownTie(a, milestone, ctx);
    return own ? [{ accountId: a, own }] : [];
  });
  if (tied.length === 0) return { gate, warnings: [] };
  const base = { rowId: gate.gateId, kind: 'separation_of_duties', field: 'approverAccountIds' } as const;
  const untied = gate.approverAccountIds.filter((a) => ownTie(a, milestone, ctx) === null);
  const paramsOf = (t: (typeof tied)[number]) => ({
    gate: gate.name,
    milestone: milestone.summary,
    person: nameOf(ctx, t.accountId),
    own: t.own,
  });
  if (replace && quorumReachable(gate.quorum, untied.length, untied.length)) {
    const replacement = untied.map((a) => nameOf(ctx, a)).join(', ');
    return {
      gate: { ...gate, approverAccountIds: untied },
      warnings: tied.map((t) => planWarning(base, { key: 'plan.sodReplaced', params: { ...paramsOf(t), replacement } })),
    };
  }
  if (!replace && quorumReachable(gate.quorum, untied.length, gate.approverAccountIds.length)) return { gate, warnings: [] };
  const roles = gate.approverRoles.join(',');
  return { gate, warnings: tied.map((t) => planWarning(base, { key: 'plan.sodNoReplacement', params: { ...paramsOf(t), roles } })) };
}

/** Every gate checked for self-approval; with `replace`, tied approvers leave the gates the others can still pass. */
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
