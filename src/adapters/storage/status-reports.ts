import { kvs } from '@forge/kvs';
import { z } from 'zod';

/** The Confluence page each report of a campaign was published to (`report:<EPIC-KEY>:<kind>`), to update it next time. */
export const PublishedReport = z
  .object({
    pageId: z.string(),
    spaceId: z.string(),
    title: z.string(),
    url: z.string(),
    version: z.number().int().min(1),
    language: z.enum(['en', 'fr']),
    publishedAt: z.string(),
    publishedBy: z.string(),
  })
  .strict();
export type PublishedReport = z.infer<typeof PublishedReport>;

export type ReportKindKey = 'status' | 'post-campaign';

const KEY = (epicKey: string, kind: ReportKindKey): string => `report:${epicKey}:${kind}`;

/** The stored record, or undefined when there is none (or it is unreadable: the next publish finds the page by title). */
export async function getPublishedReport(epicKey: string, kind: ReportKindKey): Promise<PublishedReport | undefined> {
  const parsed = PublishedReport.safeParse(await kvs.get<unknown>(KEY(epicKey, kind)));
  return parsed.success ? parsed.data : undefined;
}

export async function savePublishedReport(epicKey: string, kind: ReportKindKey, report: PublishedReport): Promise<void> {
  await kvs.set(KEY(epicKey, kind), PublishedReport.parse(report));
}

const PORTFOLIO_KEY = (spaceId: string): string => `pf-report:${spaceId}`;

/** The portfolio report's page in a space (`pf-report:<spaceId>`), to add the next version to it. */
export async function getPortfolioReport(spaceId: string): Promise<PublishedReport | undefined> {
  const parsed = PublishedReport.safeParse(await kvs.get<unknown>(PORTFOLIO_KEY(spaceId)));
  return parsed.success ? parsed.data : undefined;
}

export async function savePortfolioReport(spaceId: string, report: PublishedReport): Promise<void> {
  await kvs.set(PORTFOLIO_KEY(spaceId), PublishedReport.parse(report));
}
