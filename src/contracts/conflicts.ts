import { z } from 'zod';
import { IsoDate, RowId } from '../domain/model';
import { IssueKey } from './fields';

/** A person's week where the plans ask too much, every campaign counted (`src/domain/forecast/weekly-load.ts`). */
export const LoadConflict = z
  .object({
    accountId: z.string(),
    displayName: z.string(),
    weekStart: IsoDate,
    demandDays: z.number(),
    capacityDays: z.number(),
    /** Demand ÷ capacity; null when work is planned in a week the person has no capacity at all. */
    ratio: z.number().nullable(),
    level: z.enum(['at_risk', 'over']),
    /** How many other campaigns share the week (their names may be hidden from the reader). */
    otherCampaigns: z.number().int().min(0),
  })
  .strict();
export type LoadConflict = z.infer<typeof LoadConflict>;

export const ApproverConflict = z
  .object({
    accountId: z.string(),
    displayName: z.string(),
    date: IsoDate,
    /** This campaign's gates due that day, by name, and how many of other campaigns. */
    gates: z.array(z.string()),
    otherGates: z.number().int().min(0),
  })
  .strict();
export type ApproverConflict = z.infer<typeof ApproverConflict>;

/**
 * A leveling proposal for an over-allocated week (`src/domain/forecast/leveling.ts`): move a task of the plan by some
 * business days within its slack (its new due date), reassign it to someone of its role with room, or, last, move the
 * launch. `overBefore`/`overAfter`: the plan's over-allocated person-weeks without and with it.
 */
export const LevelingProposal = z
  .object({
    kind: z.enum(['shift', 'reassign', 'move_launch']),
    /** The plan row it changes (shift, reassign). */
    rowId: z.string().optional(),
    summary: z.string().optional(),
    businessDays: z.number().int().optional(),
    dueDate: IsoDate.optional(),
    toAccountId: z.string().optional(),
    toName: z.string().optional(),
    launchDate: IsoDate.optional(),
    /** Whose week it relieves. */
    accountId: z.string(),
    displayName: z.string(),
    weekStart: IsoDate,
    overBefore: z.number().int().min(0),
    overAfter: z.number().int().min(0),
  })
  .strict();
export type LevelingProposal = z.infer<typeof LevelingProposal>;

export const PlanConflicts = z
  .object({ load: z.array(LoadConflict), approvers: z.array(ApproverConflict), leveling: z.array(LevelingProposal).optional() })
  .strict();
export type PlanConflicts = z.infer<typeof PlanConflicts>;

/**
 * A leveling change the PM applies to a created campaign (`applyLevelingProposal`), in a proposal's own fields: move
 * a task to a new due date (`shift`), give it to someone else of its role (`reassign`), or move the launch
 * (`move_launch`, the re-plan to that date). The task is named by its plan row (`rowId`, as proposals give it) or its
 * issue key.
 */
export const LevelingChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shift'), rowId: RowId.optional(), issueKey: IssueKey.optional(), dueDate: IsoDate }).strict(),
  z
    .object({
      kind: z.literal('reassign'),
      rowId: RowId.optional(),
      issueKey: IssueKey.optional(),
      toAccountId: z.string().min(1).max(128),
    })
    .strict(),
  z.object({ kind: z.literal('move_launch'), launchDate: IsoDate }).strict(),
]);
export type LevelingChange = z.infer<typeof LevelingChange>;

/** What a leveling change did: the task and its issue (or the launch), before and after. */
export const AppliedLevelingChange = z
  .object({
    kind: LevelingProposal.shape.kind,
    rowId: z.string().optional(),
    issueKey: z.string().optional(),
    summary: z.string().optional(),
    fromDueDate: z.string().nullable().optional(),
    dueDate: IsoDate.optional(),
    fromAccountId: z.string().nullable().optional(),
    toAccountId: z.string().optional(),
    fromLaunchDate: IsoDate.optional(),
    launchDate: IsoDate.optional(),
    /** Issues Jira changed for it: 0 when it was already in place (a repeated call changes nothing). */
    issuesChanged: z.number().int().min(0),
  })
  .strict();
export type AppliedLevelingChange = z.infer<typeof AppliedLevelingChange>;
