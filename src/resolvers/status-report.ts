import { publishPortfolioReport } from '../usecases/report/publish-portfolio-report';
import { publishStatusReport } from '../usecases/report/publish-status-report';
import { publishPortfolioReportPorts, publishStatusReportPorts } from '../wiring/report';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** Publishes the campaign's report to Confluence (a new version of the page) and links it from the epic. */
export const publishStatusReportResolver = contractResolver('publishStatusReport', (input, caller) =>
  publishStatusReport(input, userOf(caller), publishStatusReportPorts()),
);

/** Publishes the portfolio the caller sees to Confluence as them (a new version of the space's portfolio page). */
export const publishPortfolioReportResolver = contractResolver('publishPortfolioReport', (input, caller) =>
  publishPortfolioReport(input, userOf(caller), publishPortfolioReportPorts()),
);
