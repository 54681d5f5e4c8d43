import { z } from 'zod';
import { problemText } from '../wording/catalog/problems';
import { ProjectKey } from './portfolio';

/**
 * `publishPortfolioReport` (`{spaceKey?, projectKeys?}`): the portfolio as a Confluence page (its table, totals per
 * currency, the calendar as a table), written as the acting user in their language; later runs add a version to the
 * same page of that space. Without `spaceKey`, the space whose key is the first visible campaign project's.
 */
export const PublishPortfolioReportPayload = z
  .object({
    spaceKey: z
      .string()
      .regex(/^[A-Za-z0-9~]{1,255}$/, problemText('spaceKey'))
      .optional(),
    projectKeys: z.array(ProjectKey).max(100).optional(),
  })
  .strict();
export type PublishPortfolioReportPayload = z.input<typeof PublishPortfolioReportPayload>;

export const PublishPortfolioReportResult = z
  .object({
    pageId: z.string(),
    title: z.string(),
    url: z.string(),
    /** The page's version after this publish (1 when it was created). */
    version: z.number(),
    created: z.boolean(),
    language: z.enum(['en', 'fr']),
    /** How many campaigns the page lists (those the publisher may see). */
    campaigns: z.number().int(),
  })
  .strict();
export type PublishPortfolioReportResult = z.infer<typeof PublishPortfolioReportResult>;
