import { publishPage } from '../adapters/confluence/publish-page';
import { createPage, findSpaceId, readPage } from '../adapters/confluence/report-pages';
import { RetryGate } from '../adapters/http/retry';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { upsertRemoteLink } from '../adapters/jira/remote-links';
import { getPortfolioReport, getPublishedReport, savePortfolioReport, savePublishedReport } from '../adapters/storage/status-reports';
import type { PublishPortfolioReportPorts } from '../usecases/report/publish-portfolio-report';
import { portfolioPorts } from './portfolio';
import type { PublishStatusReportPorts } from '../usecases/report/publish-status-report';
import { systemClock } from '../usecases/ports/clock';
import { panelComputer } from './panel';

/** The composition root for publishing reports: one RetryGate per invocation, so a quota pause holds every call. */
export function publishStatusReportPorts(): PublishStatusReportPorts {
  const retry = new RetryGate();
  return {
    panels: panelComputer,
    grants: jiraProjectGrants,
    reports: { get: getPublishedReport, save: savePublishedReport },
    pages: {
      spaceOfPage: async (pageId) => (await readPage(pageId, retry))?.spaceId ?? null,
      spaceIdOf: (spaceKey) => findSpaceId(spaceKey, retry),
      publish: (input) => publishPage(input, retry),
      draft: (input) => createPage(input.spaceId, input.content, retry, 'draft'),
    },
    links: { upsert: (issueKey, link) => upsertRemoteLink(issueKey, link, retry) },
    clock: systemClock,
  };
}

/** The portfolio report: the portfolio's ports (app storage, Jira's permission check) and Confluence as the user. */
export function publishPortfolioReportPorts(): PublishPortfolioReportPorts {
  const retry = new RetryGate();
  return {
    portfolio: portfolioPorts(),
    pages: { spaceIdOf: (spaceKey) => findSpaceId(spaceKey, retry), publish: (input) => publishPage(input, retry) },
    reports: { get: getPortfolioReport, save: savePortfolioReport },
  };
}
