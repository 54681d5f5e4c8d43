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

export const PlanConflicts = z.object({ load: z.array(LoadConflict), approvers: z.array(ApproverConflict) }).strict();
export type PlanConflicts = z.infer<typeof PlanConflicts>;
