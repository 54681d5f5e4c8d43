import type { ResolverName } from '../contracts/registry';
import { createBreakdownResolver, rescheduleBreakdownResolver, suggestBreakdownResolver } from './breakdown';
import { getTeamCapacityResolver, setPersonCapacityResolver } from './capacity';
import {
  applyLevelingProposalResolver,
  compareWithBriefResolver,
  listCampaignsResolver,
  replanCampaignResolver,
  updateCampaignTargetingResolver,
} from './campaign-updates';
import { getCampaignPanelResolver } from './campaign-panel';
import { getCampaignStatusResolver } from './campaign-status';
import { createCampaignResolver, getCreationJobResolver } from './creation';
import type { ResolverHandler } from './define';
import { issueOverviewResolver } from './issue-overview';
import { getKpiConnectorResolver, rotateKpiSecretResolver } from './kpi-connector';
import { importKpiCsvResolver, previewKpiImportResolver } from './kpi-import';
import { listBriefsResolver, previewCampaignResolver, saveRoleAssignmentsResolver } from './planning';
import { decideSignOffResolver, delegateSignOffResolver, exportSignOffRecordResolver, getSignOffResolver } from './signoff';
import { listRisksResolver, saveRiskResolver } from './risks';
import { getPortfolioSettingsResolver, savePortfolioSettingsResolver } from './portfolio-settings';
import { publishPortfolioReportResolver, publishStatusReportResolver } from './status-report';
import { getCollisionsResolver, getPortfolioCapacityResolver, getPortfolioResolver } from './portfolio';
import { getTemplateResolver, listTemplatesResolver, saveTemplateResolver } from './templates';

/**
 * Every resolver of the public contract, by name. The mapped type makes a name of the contract without a resolver,
 * or a resolver without a contract, a type error: `src/index.ts` defines exactly these.
 */
export const registeredResolvers: { [K in ResolverName]: ResolverHandler } = {
  getIssueOverview: issueOverviewResolver,
  getCampaignPanel: getCampaignPanelResolver,
  publishStatusReport: publishStatusReportResolver,
  getSignOff: getSignOffResolver,
  decideSignOff: decideSignOffResolver,
  delegateSignOff: delegateSignOffResolver,
  exportSignOffRecord: exportSignOffRecordResolver,
  getKpiConnector: getKpiConnectorResolver,
  rotateKpiSecret: rotateKpiSecretResolver,
  previewKpiImport: previewKpiImportResolver,
  importKpiCsv: importKpiCsvResolver,
  listRisks: listRisksResolver,
  saveRisk: saveRiskResolver,
  listTemplates: listTemplatesResolver,
  getTemplate: getTemplateResolver,
  saveTemplate: saveTemplateResolver,
  listBriefs: listBriefsResolver,
  previewCampaign: previewCampaignResolver,
  saveRoleAssignments: saveRoleAssignmentsResolver,
  createCampaign: createCampaignResolver,
  getCreationJob: getCreationJobResolver,
  replanCampaign: replanCampaignResolver,
  updateCampaignTargeting: updateCampaignTargetingResolver,
  getPortfolioSettings: getPortfolioSettingsResolver,
  savePortfolioSettings: savePortfolioSettingsResolver,
  applyLevelingProposal: applyLevelingProposalResolver,
  compareWithBrief: compareWithBriefResolver,
  listCampaigns: listCampaignsResolver,
  getTeamCapacity: getTeamCapacityResolver,
  setPersonCapacity: setPersonCapacityResolver,
  suggestBreakdown: suggestBreakdownResolver,
  rescheduleBreakdown: rescheduleBreakdownResolver,
  createBreakdown: createBreakdownResolver,
  getPortfolio: getPortfolioResolver,
  getCollisions: getCollisionsResolver,
  getPortfolioCapacity: getPortfolioCapacityResolver,
  publishPortfolioReport: publishPortfolioReportResolver,
  getCampaignStatus: getCampaignStatusResolver,
};
