import type { WebTriggerCall } from '../../../local/forge/webtriggers/web-triggers';
import type { TestHost } from '../../support/host';
import { must } from '../../support/must';

/** The host's `GET /local/webtriggers` (WebTriggers.report() in local/forge/webtriggers), as far as tests read it. */
export interface WebTriggerReport {
  webtriggers: { moduleKey: string; function: string; urls: string[]; outputs: { key: string; statusCode: number }[] }[];
  skipped: { moduleKey: string; reason: string }[];
  /** Newest first. */
  recentCalls: WebTriggerCall[];
}

export const webTriggerReport = async (th: TestHost): Promise<WebTriggerReport> =>
  (await th.call(null, 'GET', '/local/webtriggers')).body as WebTriggerReport;

/** The latest web trigger call the host logged, failing the test when there was none. */
export const lastWebTriggerCall = async (th: TestHost): Promise<WebTriggerCall> =>
  must((await webTriggerReport(th)).recentCalls[0], 'a web trigger call');
