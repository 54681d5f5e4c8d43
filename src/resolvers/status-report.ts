import { publishStatusReport } from '../usecases/report/publish-status-report';
import { publishStatusReportPorts } from '../wiring/report';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** Publishes the campaign's report to Confluence (a new version of the page) and links it from the epic. */
export const publishStatusReportResolver = contractResolver('publishStatusReport', (input, caller) =>
  publishStatusReport(input, userOf(caller), publishStatusReportPorts()),
);
