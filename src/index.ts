import Resolver from '@forge/resolver';
import { issueOverviewResolver } from './resolvers/issue-overview';

/** The one Forge function behind every Custom UI module (manifest: `function.resolver` → `index.handler`). */
const resolver = new Resolver();
resolver.define('getIssueOverview', issueOverviewResolver);

export const handler = resolver.getDefinitions();
