import { z } from 'zod';
import { IsoDate } from '../domain/model';
import { Health } from './campaign-panel';
import { ForecastState } from './forecast-state';
import { IssueKey } from './fields';

/**
 * `getCampaignStatus` (`{issueKey}`): the compact live status the Confluence macro « Statut de campagne » shows in a
 * brief page, computed by the same code as the issue panel (`computeCampaignPanel`), as the viewer sees it. The issue
 * comes from the macro's configuration (a Confluence page has no issue context), never authorises anything by itself:
 * Jira answers as the viewer, so a campaign they may not see is `NOT_FOUND`.
 */
export const GetCampaignStatusPayload = z.object({ issueKey: IssueKey }).strict();
export type GetCampaignStatusPayload = z.input<typeof GetCampaignStatusPayload>;

export const StatusReason = z.object({ code: z.string(), severity: Health, text: z.string() }).strict();

export const CampaignStatus = z
  .object({
    mode: z.literal('campaign'),
    issueKey: z.string(),
    epicKey: z.string(),
    name: z.string(),
    /** The health and its first reasons (three at most), worded in the viewer's language. */
    health: z.object({ level: Health, reasons: z.array(StatusReason) }).strict(),
    launchDate: IsoDate,
    /** The launch milestone's P85 (the portfolio's figure); null while nothing was forecast. */
    forecastP85: IsoDate.nullable(),
    forecast: ForecastState.nullable(),
    budget: z
      .object({
        currency: z.string(),
        planned: z.number(),
        actual: z.number(),
        /** Actual / planned. */
        percentSpent: z.number(),
        forecastAtCompletion: z.number().nullable(),
      })
      .strict(),
    /** Gates approved, in all, late, and still open (waiting for a decision). */
    signoff: z.object({ approved: z.number().int(), total: z.number().int(), late: z.number().int(), open: z.number().int() }).strict(),
    dataAsOf: z.string(),
  })
  .strict();
export type CampaignStatus = z.infer<typeof CampaignStatus>;

/** An issue outside any campaign reads `none` (the macro says so); an invisible one is refused `NOT_FOUND`. */
export const GetCampaignStatusResult = z.union([CampaignStatus, z.object({ mode: z.literal('none'), issueKey: z.string() }).strict()]);
export type GetCampaignStatusResult = z.infer<typeof GetCampaignStatusResult>;
