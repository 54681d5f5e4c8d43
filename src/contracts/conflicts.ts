import { z } from 'zod';
import { IsoDate } from '../domain/model';

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
