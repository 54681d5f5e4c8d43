import type { PublishPortfolioReportResult } from '../../contracts/portfolio-report';
import { DomainError } from '../../domain/errors';
import { buildPortfolioReport } from '../../domain/report/portfolio-report';
import type { ActingUser } from '../acting-user';
import { getPortfolio, type GetPortfolioPorts } from '../portfolio/get-portfolio';
import type { PortfolioReportsPort, ReportPagesPort } from '../ports/report-publishing';

export interface PublishPortfolioReportPorts {
  portfolio: GetPortfolioPorts;
  pages: Pick<ReportPagesPort, 'spaceIdOf' | 'publish'>;
  reports: PortfolioReportsPort;
}

/** How many project-named spaces are tried when no space is named (one Confluence look-up each). */
const DEFAULT_SPACE_TRIES = 5;

/**
 * The space named, else the first of the visible projects' same-named spaces that exists (a project need not have one:
 * on the demo site EVT has none, MKT has).
 */
async function pickSpace(
  named: string | undefined,
  projects: readonly string[],
  pages: Pick<ReportPagesPort, 'spaceIdOf'>,
): Promise<{ spaceKey: string | undefined; spaceId: string | null }> {
  if (named !== undefined) return { spaceKey: named, spaceId: await pages.spaceIdOf(named) };
  for (const key of projects.slice(0, DEFAULT_SPACE_TRIES)) {
    const spaceId = await pages.spaceIdOf(key);
    if (spaceId !== null) return { spaceKey: key, spaceId };
  }
  return { spaceKey: projects[0], spaceId: null };
}

/**
 * Publishes the portfolio the acting user sees (`getPortfolio`: the same visibility, rows and totals) to Confluence
 * as that user, in their language: the campaigns' table, the totals per currency and the calendar as a table. The
 * space is `spaceKey`, else the first space named like a project (in key order) holding a campaign the user may see. Each space has one portfolio page: a later run adds a version to it (Confluence keeps the history), whoever
 * runs it, and then shows what that publisher may see. Errors: NOT_FOUND `spaceKey` when there is no space the user
 * can read (or no default); FORBIDDEN, TRY_AGAIN and UPSTREAM from Confluence (someone who may not write there).
 */
export async function publishPortfolioReport(
  input: { spaceKey?: string | undefined; projectKeys?: string[] | undefined },
  user: ActingUser,
  ports: PublishPortfolioReportPorts,
): Promise<PublishPortfolioReportResult> {
  const view = await getPortfolio({ projectKeys: input.projectKeys }, user, ports.portfolio);
  const { spaceKey, spaceId } = await pickSpace(input.spaceKey, view.visibleProjects, ports.pages);
  if (spaceId === null)
    throw new DomainError('NOT_FOUND', { key: 'errors.noPortfolioSpace', params: { spaceKey: spaceKey ?? '' } }, 'spaceKey');
  const publishedAt = view.computedAt;
  const report = buildPortfolioReport({ view, locale: user.locale, publishedAt });
  const stored = await ports.reports.get(spaceId);
  const { page, created } = await ports.pages.publish({
    knownPageId: stored?.pageId ?? null,
    spaceId,
    content: { title: report.title, storage: report.storage, message: `Campaign Control ${publishedAt}` },
  });
  await ports.reports.save(spaceId, {
    pageId: page.id,
    spaceId: page.spaceId,
    title: page.title,
    url: page.url,
    version: page.version,
    language: report.language,
    publishedAt,
    publishedBy: user.accountId,
  });
  return {
    pageId: page.id,
    title: page.title,
    url: page.url,
    version: page.version,
    created,
    language: report.language,
    campaigns: view.campaigns.length,
  };
}
