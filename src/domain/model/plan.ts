import { z } from 'zod';
import { CostCategory, HolidayCalendar, IsoDate, Money, OwnerRole, RowId } from './common';
import { KpiAggregation, KpiUnit, Quorum } from './template';
import { TargetSlugs } from './targeting';

/**
 * A campaign plan: a template applied to a launch date, a budget and (optionally) a brief. This is what the
 * preview shows, what the PM edits, and what `createCampaign` turns into Jira issues. Every row keeps the
 * template row id it came from, which is also the idempotency key of creation (issue property on each issue).
 */
export const PlanWarning = z
  .object({
    /** Row, gate or KPI id the warning is about; absent for the whole plan. */
    rowId: z.string().optional(),
    kind: z.enum([
      'in_past',
      'dependency_violated',
      'cannot_fit',
      'after_milestone',
      'no_assignee',
      'budget',
      'brief',
      'separation_of_duties',
      'not_permitted',
      'remark',
    ]),
    /** The field concerned, e.g. `dueDate`. */
    field: z.string().optional(),
    /** The words, in the language of whoever asked for the plan (English when the domain made it). */
    message: z.string(),
    /** The wording module's key (`plan.inPastTask`) and its parameters, so every edge words it in its reader's language. */
    code: z.string().max(80).optional(),
    params: z.record(z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).optional(),
    /** `error`: the plan cannot work as it is (creating it takes an explicit confirmation); absent = a warning. */
    severity: z.enum(['error', 'warning']).optional(),
  })
  .strict();
export type PlanWarning = z.infer<typeof PlanWarning>;

export const PlanRow = z
  .object({
    rowId: RowId,
    kind: z.enum(['milestone', 'task']),
    /** Tasks: their milestone's rowId. Milestones sit directly under the epic. */
    parentRowId: RowId.optional(),
    summary: z.string().min(1).max(255),
    ownerRole: OwnerRole,
    /** Resolved from the role→people mapping the PM confirmed; absent = unassigned. */
    assigneeAccountId: z.string().min(1).optional(),
    startDate: IsoDate,
    dueDate: IsoDate,
    estimateBusinessDays: z.number().int().min(0).max(60),
    plannedCost: z.number().finite().nonnegative().optional(),
    costCategory: CostCategory.optional(),
    /** Finish-to-start predecessors (row ids) with lags; become "Blocks" links. */
    dependsOn: z.array(z.object({ rowId: RowId, lagBusinessDays: z.number().int().min(0) }).strict()).default([]),
  })
  .strict();
export type PlanRow = z.infer<typeof PlanRow>;

export const PlanGate = z
  .object({
    gateId: RowId,
    name: z.string().min(1).max(255),
    milestoneRowId: RowId,
    approverRoles: z.array(OwnerRole).min(1),
    /** Resolved approvers, in role order; the PM confirms this mapping in the preview. */
    approverAccountIds: z.array(z.string().min(1)).default([]),
    quorum: Quorum,
    afterGateId: RowId.optional(),
    dueDate: IsoDate,
    declineNeedsReason: z.boolean(),
    /** Absent = true (plans stored before the option existed): one decline closes the gate. */
    declineClosesGate: z.boolean().optional(),
    transitionOnApproval: z.string().optional(),
  })
  .strict();
export type PlanGate = z.infer<typeof PlanGate>;

export const PlanKpi = z
  .object({
    kpiId: RowId,
    name: z.string().min(1).max(255),
    unit: KpiUnit,
    target: z.number().finite(),
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    /** Absent in plans made before KPIs said it: inferred from the unit, direction and name. */
    aggregation: KpiAggregation.optional(),
    windowStart: IsoDate,
    windowEnd: IsoDate,
  })
  .strict();
export type PlanKpi = z.infer<typeof PlanKpi>;

/** A value read from a Confluence brief, with where it came from, so nothing is guessed silently. */
export const BriefValue = z
  .object({
    field: z.enum(['objective', 'audience', 'launchDate', 'budget', 'channels', 'kpis', 'approvers', 'keyMessages', 'title']),
    value: z.unknown(),
    /** Human-readable location, e.g. `table "Budget", row 3` or `heading "Date de lancement"`. */
    source: z.string(),
    /** Who found it: the brief reader (absent, or `reader`) or the optional AI reading (`ai`, a proposal). */
    engine: z.enum(['reader', 'ai']).optional(),
    /** Read, but not certain: an approximation, a range, a day without its year, a reading the PM picked. */
    uncertain: z.boolean().optional(),
  })
  .strict();
export type BriefValue = z.infer<typeof BriefValue>;

export const PlanBrief = z
  .object({
    pageId: z.string().regex(/^\d+$/),
    title: z.string(),
    url: z.string(),
    /** Page version the values were read from (for "Compare with brief"). */
    version: z.number().int().min(1),
    values: z.array(BriefValue),
    /** Sections or cells that could not be understood, each naming the field and the problem. */
    problems: z.array(z.string()),
    /**
     * Values with two readings (a numeric date such as 03/09/2027): none is used until the PM picks one
     * (`briefPicks` of the preview); `picked` says which one they did. Absent in plans made before.
     */
    choices: z
      .array(
        z
          .object({
            field: z.literal('launchDate'),
            raw: z.string(),
            source: z.string(),
            options: z.array(IsoDate).length(2),
            picked: IsoDate.optional(),
          })
          .strict(),
      )
      .optional(),
    /** Lines that looked like values (a date, an amount, a field's word) but were not read, with where they are. */
    unread: z.array(z.object({ text: z.string(), source: z.string() }).strict()).optional(),
    /** Whether the optional AI reading was asked for, and what came of it (absent: not asked). */
    ai: z.enum(['used', 'unavailable', 'failed']).optional(),
  })
  .strict();
export type PlanBrief = z.infer<typeof PlanBrief>;

export const CampaignPlan = z
  .object({
    templateId: RowId,
    templateVersion: z.number().int().min(1),
    language: z.enum(['en', 'fr']),
    projectKey: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
    /** The epic's summary, e.g. "Black Friday 2026". */
    name: z.string().min(1).max(255),
    launchDate: IsoDate,
    holidayCalendar: HolidayCalendar,
    budget: Money,
    /** Label on every issue of the campaign, e.g. `campaign-black-friday-2026`; findable by JQL. */
    campaignLabel: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/),
    rows: z.array(PlanRow).min(1).max(500),
    gates: z.array(PlanGate).max(30),
    kpis: z.array(PlanKpi).max(30),
    brief: PlanBrief.optional(),
    warnings: z.array(PlanWarning).default([]),
    /** Who the campaign speaks to and through what (`targeting.ts`); absent in plans made before it existed. */
    audiences: TargetSlugs.optional(),
    channels: TargetSlugs.optional(),
  })
  .strict();
export type CampaignPlan = z.infer<typeof CampaignPlan>;
