import { z } from 'zod';
import { IsoDate } from '../domain/model';
import { ProjectKey } from './portfolio';

/**
 * `getPortfolioCapacity` (`{projectKeys?, weeks?, accountIds?, refresh?}`): the portfolio's heatmap of people × weeks,
 * load against capacity across every campaign (the schedule engine's weekly load), aggregate first: the team's totals
 * per week, each person's cells, and for the people asked (`accountIds`) the tasks behind each cell. Campaigns the
 * reader may not see (the portfolio's visibility) are counted in the load but never named: their days are
 * `otherWorkDays`.
 */
export const GetPortfolioCapacityPayload = z
  .object({
    projectKeys: z.array(ProjectKey).max(100).optional(),
    /** Weeks from the current one (default 12). */
    weeks: z.number().int().min(1).max(26).optional(),
    /** People whose cells come with their tasks (the heatmap's rows opened). */
    accountIds: z.array(z.string().min(1).max(128)).max(50).optional(),
    refresh: z.boolean().optional(),
  })
  .strict();
export type GetPortfolioCapacityPayload = z.input<typeof GetPortfolioCapacityPayload>;

export const LoadLevel = z.enum(['ok', 'at_risk', 'over']);

/** A task behind a cell, of a campaign the reader may see. */
export const CellTask = z
  .object({
    campaignKey: z.string(),
    /** The Jira issue, once created (a campaign never opened since creation counts its plan's rows). */
    issueKey: z.string().optional(),
    summary: z.string(),
    /** Person-days of the task in that week. */
    days: z.number(),
  })
  .strict();
export type CellTask = z.infer<typeof CellTask>;

export const CapacityCell = z
  .object({
    weekStart: IsoDate,
    demandDays: z.number(),
    capacityDays: z.number(),
    /** demand ÷ capacity; null when the person can give nothing that week. */
    ratio: z.number().nullable(),
    level: LoadLevel,
    /** With `accountIds`: the tasks behind the cell, largest first. */
    tasks: z.array(CellTask).optional(),
    /** With `accountIds`: days of work in campaigns the reader may not see. */
    otherWorkDays: z.number().optional(),
    /**
     * With `accountIds`, on an over-allocated week: the campaigns with work in it whose planner re-plan view (the
     * "Campaigns" tab, at their own launch date) proposes leveling changes for it.
     */
    leveling: z.array(z.object({ campaignKey: z.string() }).strict()).optional(),
  })
  .strict();
export type CapacityCell = z.infer<typeof CapacityCell>;

export const GetPortfolioCapacityResult = z
  .object({
    /** The Mondays of the weeks shown. */
    weeks: z.array(IsoDate),
    team: z.array(
      z.object({ weekStart: IsoDate, demandDays: z.number(), capacityDays: z.number(), ratio: z.number().nullable() }).strict(),
    ),
    people: z.array(z.object({ accountId: z.string(), displayName: z.string(), weeks: z.array(CapacityCell) }).strict()),
    computedAt: z.string(),
  })
  .strict();
export type GetPortfolioCapacityResult = z.infer<typeof GetPortfolioCapacityResult>;
