import Resolver from '@forge/resolver';
import { registeredResolvers } from './resolvers/registered';
import { getTemplateResolver, listTemplatesResolver, saveTemplateResolver } from './resolvers/templates';
import { listBriefsResolver, previewCampaignResolver, saveRoleAssignmentsResolver } from './resolvers/planning';
import { compareWithBriefResolver, listCampaignsResolver, replanCampaignResolver } from './resolvers/campaign-updates';
import { getCampaignPanelResolver } from './resolvers/campaign-panel';
import { decideSignOffResolver, delegateSignOffResolver, exportSignOffRecordResolver, getSignOffResolver } from './resolvers/signoff';
import { createCampaignResolver, getCreationJobResolver, runCreationJobResolver } from './resolvers/creation';
import { getKpiConnectorResolver, rotateKpiSecretResolver } from './resolvers/kpi-connector';
import { importKpiCsvResolver, previewKpiImportResolver } from './resolvers/kpi-import';
import { publishStatusReportResolver } from './resolvers/status-report';
import { createBreakdownResolver, suggestBreakdownResolver } from './resolvers/breakdown';

/**
 * The one Forge function behind every module (manifest: `function.resolver` → `index.handler`): the issue panel,
 * the campaign planner page, and the creation queue's consumer (`runCreationJob`).
 */
const resolver = new Resolver();
for (const [name, fn] of Object.entries(registeredResolvers)) resolver.define(name, fn);
// Resolvers not yet described in src/contracts/registry.ts (each moves there with its payload and result schemas).
resolver.define('listTemplates', listTemplatesResolver);
resolver.define('getTemplate', getTemplateResolver);
resolver.define('saveTemplate', saveTemplateResolver);
resolver.define('listBriefs', listBriefsResolver);
resolver.define('previewCampaign', previewCampaignResolver);
resolver.define('saveRoleAssignments', saveRoleAssignmentsResolver);
resolver.define('createCampaign', createCampaignResolver);
resolver.define('getCreationJob', getCreationJobResolver);
resolver.define('runCreationJob', runCreationJobResolver);
resolver.define('replanCampaign', replanCampaignResolver);
resolver.define('compareWithBrief', compareWithBriefResolver);
resolver.define('listCampaigns', listCampaignsResolver);
resolver.define('getCampaignPanel', getCampaignPanelResolver);
resolver.define('getSignOff', getSignOffResolver);
resolver.define('decideSignOff', decideSignOffResolver);
resolver.define('delegateSignOff', delegateSignOffResolver);
resolver.define('exportSignOffRecord', exportSignOffRecordResolver);
resolver.define('getKpiConnector', getKpiConnectorResolver);
resolver.define('rotateKpiSecret', rotateKpiSecretResolver);
resolver.define('previewKpiImport', previewKpiImportResolver);
resolver.define('importKpiCsv', importKpiCsvResolver);
resolver.define('publishStatusReport', publishStatusReportResolver);
resolver.define('suggestBreakdown', suggestBreakdownResolver);
resolver.define('createBreakdown', createBreakdownResolver);

export const handler = resolver.getDefinitions();

/** The `trigger` module's function: keeps campaign snapshots current from Jira issue events. */
export { onCampaignIssueEvent } from './triggers/campaign-issue-events';

/** The sign-off `trigger` module's function: stale approvals and "ready for review again" from Jira issue events. */
export { onSignOffIssueEvent } from './triggers/signoff-issue-events';

/** The daily `scheduledTrigger`'s function: sign-off reminders and escalations, owed decision comments. */
export { onSignOffReminders } from './triggers/signoff-reminders';

/** The `webtrigger` module's function: KPI actuals pushed by marketing tools, HMAC-signed per campaign. */
export { onKpiActualsWebTrigger } from './webtriggers/kpi-actuals';
