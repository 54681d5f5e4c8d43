import { z } from 'zod';
import { IsoDate } from '../domain/model';
import { ProjectKey } from './fields';
import { problemIssue } from '../wording/catalog/problems';

/**
 * Team capacity: how much campaign work each person can take. Nobody needs to set anything (everyone works 100 % on
 * business days); a person, or a project admin, can tell the truth: availability as a percentage or as hours per
 * week, a share kept for non-campaign work, and time off as date ranges (never a task).
 */

/** A full working week, in hours: hours per week are turned into availability against it. */
export const FULL_WEEK_HOURS = 35;
export const MAX_TIME_OFF_RANGES = 40;

export const TimeOffRange = z
  .object({ from: IsoDate, to: IsoDate })
  .strict()
  .refine((r) => r.from <= r.to, { ...problemIssue('endsBeforeStart'), path: ['to'] });
export type TimeOffRange = z.infer<typeof TimeOffRange>;

/** What a person can say about their own capacity (or an admin about theirs). */
export const CapacityInput = z
  .object({
    /** Share of a business day available, 5–100 %. Give this or `hoursPerWeek`. */
    availabilityPercent: z.number().int().min(5).max(100).optional(),
    /** Hours of work per week, 1–35 (a full week is 35 h). Give this or `availabilityPercent`. */
    hoursPerWeek: z.number().min(1).max(FULL_WEEK_HOURS).optional(),
    /** Share of that time kept for non-campaign work, 0–90 %. */
    reservedPercent: z.number().int().min(0).max(90),
    timeOff: z.array(TimeOffRange).max(MAX_TIME_OFF_RANGES),
  })
  .strict()
  .superRefine((c, ctx) => {
    const given = [c.availabilityPercent, c.hoursPerWeek].filter((x) => x !== undefined).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['availabilityPercent'],
        ...problemIssue(given === 0 ? 'availabilityOrHours' : 'availabilityNotBoth'),
      });
  });
export type CapacityInput = z.infer<typeof CapacityInput>;

/** One person's capacity as the team capacity surface shows it. */
export const PersonCapacityView = z
  .object({
    accountId: z.string(),
    displayName: z.string(),
    availabilityPercent: z.number(),
    /** Set when the person gave hours per week rather than a percentage. */
    hoursPerWeek: z.number().nullable(),
    reservedPercent: z.number(),
    timeOff: z.array(TimeOffRange),
    /** Share of a business day left for campaign work: availability × (1 − reserved), in %. */
    campaignPercent: z.number(),
    /** True while nobody has told the app anything about this person (100 %, no time off). */
    isDefault: z.boolean(),
    /** Whether the acting user may change it (the person themselves, or a project admin). */
    canEdit: z.boolean(),
    updatedAt: z.string().nullable(),
  })
  .strict();
export type PersonCapacityView = z.infer<typeof PersonCapacityView>;

export const GetTeamCapacityPayload = z.object({ projectKey: ProjectKey.optional() }).strict();
export type GetTeamCapacityPayload = z.input<typeof GetTeamCapacityPayload>;
export const GetTeamCapacityResult = z
  .object({
    people: z.array(PersonCapacityView),
    fullWeekHours: z.number(),
    /** True when the acting user may edit everyone's capacity (project admin). */
    canEditAll: z.boolean(),
  })
  .strict();
export type GetTeamCapacityResult = z.infer<typeof GetTeamCapacityResult>;

/** `accountId` names whose capacity changes (the subject); who is acting always comes from the Forge context. */
export const SetPersonCapacityPayload = z
  .object({ accountId: z.string().min(1).max(128), capacity: CapacityInput, projectKey: ProjectKey.optional() })
  .strict();
export type SetPersonCapacityPayload = z.input<typeof SetPersonCapacityPayload>;
export const SetPersonCapacityResult = z.object({ person: PersonCapacityView }).strict();
export type SetPersonCapacityResult = z.infer<typeof SetPersonCapacityResult>;
