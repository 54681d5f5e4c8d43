import { z } from 'zod';
import { Currency, IsoDate, Money } from '../domain/model';
import { Health, Reason } from './campaign-panel';

export const ProjectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/);

/**
 * `getPortfolio` (`{projectKeys?, refresh?}`): every campaign the acting user may see, across projects, from the
 * app's own storage (an index of campaigns and each campaign's roll-up), never re-read from Jira. `projectKeys`
 * narrows the view, it never widens it: visibility is Jira's bulk permission check, asked as the user.
 * `refresh` asks Jira again for the user's projects instead of the permission answer cached for a minute.
 */
export const GetPortfolioPayload = z
  .object({
    projectKeys: z.array(ProjectKey).max(100).optional(),
    refresh: z.boolean().optional(),
  })
  .strict();
export type GetPortfolioPayload = z.input<typeof GetPortfolioPayload>;

/** A health reason with its code (for filters) and its words in the reader's language. */
export const PortfolioReason = z.object({ code: Reason.shape.code, severity: Health, text: z.string() }).strict();
export type PortfolioReason = z.infer<typeof PortfolioReason>;

export const PortfolioRow = z
  .object({
    /** The campaign's epic key. */
    campaignKey: z.string(),
    name: z.string(),
    projectKey: z.string(),
    /** The epic's assignee, else the person who created the campaign. */
    ownerAccountId: z.string(),
    /** Their name as the roll-up last knew it ('' before the first panel load). */
    ownerName: z.string(),
    health: z.object({ level: Health, reasons: z.array(PortfolioReason) }).strict(),
    /** The earliest start of the campaign's work (plan or Jira), null when nothing is planned. */
    firstWorkDate: IsoDate.nullable(),
    launchDate: IsoDate,
    /** The cautious (P85) date the launch milestone is done by, from the stored forecast; null without one. */
    forecastP85: IsoDate.nullable(),
    budget: Money,
    /** In the budget's currency. */
    actual: z.number(),
    /** Expected cost at completion; null while there is too little data. */
    eac: z.number().nullable(),
    /** Budget − EAC (negative: over budget); null without an EAC. */
    variance: z.number().nullable(),
    signoff: z.object({ approved: z.number().int(), total: z.number().int(), late: z.number().int() }).strict(),
    /** Mean attainment of the KPIs that have actuals (each capped at 1); null without any. */
    kpiAttainment: z.number().min(0).max(1).nullable(),
    milestones: z.array(z.object({ name: z.string(), dueDate: IsoDate.nullable() }).strict()),
    audiences: z.array(z.string()).optional(),
    channels: z.array(z.string()).optional(),
    /** When the roll-up was last written. */
    updatedAt: z.string(),
  })
  .strict();
export type PortfolioRow = z.infer<typeof PortfolioRow>;

/** One currency's totals: amounts of different currencies are never added together. */
export const PortfolioTotal = z
  .object({
    currency: Currency,
    budget: z.number(),
    actual: z.number(),
    /** Σ EAC, counting a campaign without one at its budget. */
    eac: z.number(),
    /** Σ budget − Σ EAC. */
    variance: z.number(),
    campaigns: z.number().int(),
  })
  .strict();
export type PortfolioTotal = z.infer<typeof PortfolioTotal>;

export const GetPortfolioResult = z
  .object({
    campaigns: z.array(PortfolioRow),
    totals: z.array(PortfolioTotal),
    computedAt: z.string(),
    /** Keys of the projects holding campaigns that the user may browse (Jira's answer). */
    visibleProjects: z.array(z.string()),
  })
  .strict();
export type GetPortfolioResult = z.infer<typeof GetPortfolioResult>;
