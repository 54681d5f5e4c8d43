import type { ResolverName } from '../contracts/registry';
import type { ResolverHandler } from './define';
import { issueOverviewResolver } from './issue-overview';

/**
 * Every resolver of the public contract, by name. The mapped type makes a name of the contract without a resolver,
 * or a resolver without a contract, a type error: `src/index.ts` defines exactly these.
 */
export const registeredResolvers: { [K in ResolverName]: ResolverHandler } = {
  getIssueOverview: issueOverviewResolver,
};
