import Resolver from '@forge/resolver';
import { registeredResolvers } from './resolvers/registered';

/**
 * The one Forge function behind every UI module (manifest: `function.resolver` → `index.handler`): the issue panel,
 * the campaign planner page, the "Break down goal" action and the global page "Campagnes / Campaigns" (which reads
 * `getPortfolio`, re-plans with `replanCampaign`, and whose capacity and collision sections call their own resolvers).
 */
const resolver = new Resolver();
for (const [name, fn] of Object.entries(registeredResolvers)) resolver.define(name, fn);

export const handler = resolver.getDefinitions();

/** The `trigger` module's function: keeps campaign snapshots current from Jira issue events. */
export { onCampaignIssueEvent } from './triggers/campaign-issue-events';

/** The `campaign-creation` queue's consumer: runs (or resumes) a campaign's creation job as its creator (900 s). */
export { onCreationEvent } from './triggers/creation-events';

/** The `campaign-forecast` queue's consumer: recomputes a campaign's deadline forecast in the background (900 s). */
export { onForecastEvent } from './triggers/forecast-events';

/** The `campaign-deferred` queue's consumer: runs the work deferred while Jira's quota was short, after the reset (900 s). */
export { onDeferredWorkEvent } from './triggers/deferred-events';

/** The sign-off `trigger` module's function: stale approvals and "ready for review again" from Jira issue events. */
export { onSignOffIssueEvent } from './triggers/signoff-issue-events';

/** The daily `scheduledTrigger`'s function: sign-off reminders and escalations, owed decision comments. */
export { onSignOffReminders, onSignOffRepair } from './triggers/signoff-reminders';

/** The `webtrigger` module's function: KPI actuals pushed by marketing tools, HMAC-signed per campaign. */
export { onKpiActualsWebTrigger } from './webtriggers/kpi-actuals';

/** The Rovo agent's `action` modules' functions (one each): the app's use cases as compact JSON for the agent. */
export {
  onRovoCampaignStatus,
  onRovoCampaignsAtRisk,
  onRovoOverAllocation,
  onRovoPendingSignOffs,
  onRovoCampaignKpis,
  onRovoDraftStatusReport,
  onRovoProposeBreakdown,
} from './actions/rovo-actions';
/** The Confluence macro's `adfExport` function: a static ADF version of the campaign status for PDF and Word exports. */
export { onStatusMacroExport } from './triggers/status-macro-export';
