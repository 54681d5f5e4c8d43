import { forgeLanguageModel } from '../adapters/llm/forge-llm';
import { getBriefPage, listSpacePages } from '../adapters/confluence/pages';
import { findAppFieldIds } from '../adapters/jira/fields';
import { readIssueDates } from '../adapters/jira/issue-dates';
import { updateIssueFields } from '../adapters/jira/issue-fields';
import { writeTargetingProperty } from '../adapters/jira/campaign-targeting';
import { jiraAssignablePeople } from '../adapters/jira/assignable-people';
import { listPeople } from '../adapters/jira/people';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { RetryGate } from '../adapters/http/retry';
import { getCampaignRecord, listCampaignRecords, saveCampaignRecord } from '../adapters/storage/campaign-records';
import { getRoleAssignments, saveRoleAssignments } from '../adapters/storage/role-assignments';
import { getPortfolioSettings } from '../adapters/storage/site-settings';
import { loadSnapshot } from '../adapters/storage/snapshots';
import { getStoredTemplate, listStoredTemplates, saveTemplateVersion } from '../adapters/storage/templates';
import type { ApplyLevelingPorts } from '../usecases/campaigns/apply-leveling';
import type { CompareWithBriefPorts } from '../usecases/campaigns/compare-with-brief';
import type { ListCampaignsPorts } from '../usecases/campaigns/list-campaigns';
import type { ReplanCampaignPorts } from '../usecases/campaigns/replan-campaign';
import type { UpdateTargetingPorts } from '../usecases/campaigns/update-targeting';
import type { ListBriefsPorts } from '../usecases/planning/list-briefs';
import type { PreviewCampaignPorts } from '../usecases/planning/preview-campaign';
import type { SaveRoleAssignmentsPorts } from '../usecases/planning/save-role-assignments';
import { systemClock } from '../usecases/ports/clock';
import { portfolioStore } from '../adapters/storage/portfolio-store';
import { forecastCapacity } from './capacity';
import type { TemplateStorePort } from '../usecases/ports/template-store';
import type { SaveTemplatePorts } from '../usecases/templates/save-template';

/** The composition root for the campaign planner's use cases: real adapters behind their ports, one set per invocation. */
const templates: TemplateStorePort = { list: listStoredTemplates, get: getStoredTemplate, save: saveTemplateVersion };
const roles = { get: getRoleAssignments, save: saveRoleAssignments };
const people = { list: listPeople };
const briefs = { page: getBriefPage, inSpace: listSpacePages };
const dates = { read: readIssueDates };
const records = { get: getCampaignRecord };
const recordWriter = { save: saveCampaignRecord };
const fields = { update: updateIssueFields };

/** listTemplates, getTemplate and saveTemplate. */
export const templatePorts = (): SaveTemplatePorts => ({ grants: jiraProjectGrants, templates });
export const previewCampaignPorts = (): PreviewCampaignPorts => ({
  grants: jiraProjectGrants,
  templates,
  people,
  roles,
  briefs,
  campaigns: { all: listCampaignRecords },
  snapshots: { load: loadSnapshot },
  capacity: forecastCapacity,
  clock: systemClock,
  assignable: jiraAssignablePeople,
  portfolioSettings: { get: getPortfolioSettings },
  llm: forgeLanguageModel,
});
export const listBriefsPorts = (): ListBriefsPorts => ({ briefs });
export const saveRoleAssignmentsPorts = (): SaveRoleAssignmentsPorts => ({ grants: jiraProjectGrants, roles });
export const replanCampaignPorts = (): ReplanCampaignPorts => ({
  grants: jiraProjectGrants,
  people,
  campaigns: { all: listCampaignRecords },
  snapshots: { load: loadSnapshot },
  capacity: forecastCapacity,
  records,
  dates,
  fields,
  recordWriter,
  clock: systemClock,
  portfolioSettings: { get: getPortfolioSettings },
  portfolioLine: { store: portfolioStore, snapshots: { load: loadSnapshot } },
});
/** applyLevelingProposal: the re-plan's ports (Jira writers, record, people, the other campaigns' work). */
export const applyLevelingPorts = (): ApplyLevelingPorts => replanCampaignPorts();
export const compareWithBriefPorts = (): CompareWithBriefPorts => ({
  ...replanCampaignPorts(),
  briefs,
  people,
  appFields: { ids: () => findAppFieldIds(new RetryGate()) },
});
export const listCampaignsPorts = (): ListCampaignsPorts => ({ grants: jiraProjectGrants, index: { all: listCampaignRecords }, dates });
/** updateCampaignTargeting: the record, the epic's visibility and its `campaignTargeting` property. */
export const updateTargetingPorts = (): UpdateTargetingPorts => ({
  grants: jiraProjectGrants,
  records,
  dates,
  recordWriter,
  targeting: { write: writeTargetingProperty },
  portfolio: portfolioStore,
});
