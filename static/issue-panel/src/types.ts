/** The panel's view of its resolver: the shared contract types, re-exported under the names the panel uses. */
import type { IssueOverview as OverviewResult } from '../../../src/contracts/issue-overview';

export type { OverviewResult };
export type IssueOverview = OverviewResult['issue'];
export type { ResolverResult } from '../../../src/contracts/resolver-result';
