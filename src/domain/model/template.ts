import { z } from 'zod';
import { TargetSlugs } from './targeting';
import { CostCategory, Currency, LocalizedText, Money, OwnerRole, RowId } from './common';
import { problemIssue } from '../../wording/catalog/problems';

/**
 * A campaign template: the plan every campaign of one kind starts from. Offsets are in business days relative
 * to the launch date (negative = before launch). Stored versioned in app storage; built-ins ship with the app.
 */
export const MilestoneTemplate = z
  .object({
    id: RowId,
    name: LocalizedText,
    /** Business days from launch, e.g. -15 for "Creative assets final: L-15". */
    offsetBusinessDays: z.number().int().min(-260).max(130),
  })
  .strict();
export type MilestoneTemplate = z.infer<typeof MilestoneTemplate>;

export const Dependency = z
  .object({
    /** The task this one waits for (finish-to-start). */
    taskId: RowId,
    /** Business days between the predecessor's finish and this task's start. */
    lagBusinessDays: z.number().int().min(0).max(60).default(0),
  })
  .strict();
export type Dependency = z.infer<typeof Dependency>;

export const TaskTemplate = z
  .object({
    id: RowId,
    milestoneId: RowId,
    summary: LocalizedText,
    ownerRole: OwnerRole,
    /** Business days of work. */
    estimateBusinessDays: z.number().int().min(1).max(60),
    /** Planned cost at the template's reference budget; scaled to the campaign's budget in the plan. */
    plannedCost: z.object({ amount: z.number().finite().nonnegative(), category: CostCategory }).strict().optional(),
    dependsOn: z.array(Dependency).max(20).default([]),
  })
  .strict();
export type TaskTemplate = z.infer<typeof TaskTemplate>;

export const Quorum = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('any') }).strict(),
  z.object({ kind: z.literal('count'), n: z.number().int().min(1).max(50) }).strict(),
  z.object({ kind: z.literal('percent'), percent: z.number().min(1).max(100) }).strict(),
]);
export type Quorum = z.infer<typeof Quorum>;

export const GateTemplate = z
  .object({
    id: RowId,
    name: LocalizedText,
    /** The milestone this gate guards. */
    milestoneId: RowId,
    approverRoles: z.array(OwnerRole).min(1).max(20),
    quorum: Quorum,
    /** Sequential: opens only once this other gate is approved. Absent = parallel. */
    afterGateId: RowId.optional(),
    /** Business days before the milestone's date that the decision is due. */
    dueBusinessDaysBeforeMilestone: z.number().int().min(0).max(60).default(0),
    declineNeedsReason: z.boolean().default(true),
    /** A single decline closes the gate as declined (the usual rule). When false, a decline counts against the
     *  quorum: the gate is declined only once the approvals still possible cannot reach it. */
    declineClosesGate: z.boolean().default(true),
    /** Jira transition name to apply to the milestone issue when this (final) gate is approved. */
    transitionOnApproval: z.string().min(1).max(60).optional(),
  })
  .strict();
export type GateTemplate = z.infer<typeof GateTemplate>;

export const KpiUnit = z.enum(['percent', 'count', 'currency', 'ratio']);
export type KpiUnit = z.infer<typeof KpiUnit>;

/**
 * How a KPI's measured points make its actual: summed (`total`), the latest (`latest`), their mean (`average`), or a
 * rate read to date (`ratio`). Only totals scale with the budget. Absent: inferred (`domain/kpi/aggregation.ts`).
 */
export const KpiAggregation = z.enum(['total', 'latest', 'average', 'ratio']);
export type KpiAggregation = z.infer<typeof KpiAggregation>;

export const KpiTemplate = z
  .object({
    id: RowId,
    name: LocalizedText,
    unit: KpiUnit,
    target: z.number().finite(),
    direction: z.enum(['higher_is_better', 'lower_is_better']),
    aggregation: KpiAggregation.optional(),
    /** Measurement window, in calendar days relative to launch. */
    window: z.object({ fromDays: z.number().int(), toDays: z.number().int() }).strict(),
  })
  .strict();
export type KpiTemplate = z.infer<typeof KpiTemplate>;

export const CampaignTemplate = z
  .object({
    id: RowId,
    /** Increases by one on every save; a campaign records the version it was planned from. */
    version: z.number().int().min(1),
    builtIn: z.boolean().default(false),
    name: LocalizedText,
    description: LocalizedText,
    /** The budget the task costs are expressed against (the plan scales them to the campaign's budget). */
    referenceBudget: Money,
    channels: z.array(z.string().min(1).max(40)).max(20).default([]),
    /** The audiences a campaign of this template usually speaks to (slugs of `wording/catalog/audiences.ts`). */
    audiences: TargetSlugs.optional(),
    milestones: z.array(MilestoneTemplate).min(1).max(60),
    tasks: z.array(TaskTemplate).max(400),
    gates: z.array(GateTemplate).max(30),
    kpis: z.array(KpiTemplate).max(30),
  })
  .strict()
  .superRefine((t, ctx) => {
    // Ids are unique per kind, and every reference points at something that exists.
    const milestoneIds = new Set(t.milestones.map((m) => m.id));
    const taskIds = new Set(t.tasks.map((x) => x.id));
    const gateIds = new Set(t.gates.map((g) => g.id));
    const unique = (ids: string[], path: string): void => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], ...problemIssue('duplicateId', { id }) });
        seen.add(id);
      });
    };
    unique(
      t.milestones.map((m) => m.id),
      'milestones',
    );
    unique(
      t.tasks.map((x) => x.id),
      'tasks',
    );
    unique(
      t.gates.map((g) => g.id),
      'gates',
    );
    unique(
      t.kpis.map((k) => k.id),
      'kpis',
    );
    t.tasks.forEach((task, i) => {
      if (!milestoneIds.has(task.milestoneId))
        ctx.addIssue({ code: 'custom', path: ['tasks', i, 'milestoneId'], ...problemIssue('unknownMilestone', { id: task.milestoneId }) });
      task.dependsOn.forEach((d, j) => {
        if (!taskIds.has(d.taskId))
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'dependsOn', j, 'taskId'], ...problemIssue('unknownTask', { id: d.taskId }) });
        if (d.taskId === task.id)
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'dependsOn', j, 'taskId'], ...problemIssue('selfDependency') });
      });
    });
    t.gates.forEach((g, i) => {
      if (!milestoneIds.has(g.milestoneId))
        ctx.addIssue({ code: 'custom', path: ['gates', i, 'milestoneId'], ...problemIssue('unknownMilestone', { id: g.milestoneId }) });
      if (g.afterGateId && !gateIds.has(g.afterGateId))
        ctx.addIssue({ code: 'custom', path: ['gates', i, 'afterGateId'], ...problemIssue('unknownGate', { id: g.afterGateId }) });
      if (g.quorum.kind === 'count' && g.quorum.n > g.approverRoles.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['gates', i, 'quorum', 'n'],
          ...problemIssue('quorumTooHigh', { n: g.quorum.n, roles: g.approverRoles.length }),
        });
      }
    });
  });
export type CampaignTemplate = z.infer<typeof CampaignTemplate>;
/** What callers send (defaults not yet applied). */
export type CampaignTemplateInput = z.input<typeof CampaignTemplate>;

export { Currency };
