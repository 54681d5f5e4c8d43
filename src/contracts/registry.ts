import type { z } from 'zod';
import {
  CreateBreakdownPayload,
  CreateBreakdownResult,
  RescheduleBreakdownPayload,
  RescheduleBreakdownResult,
  SuggestBreakdownPayload,
  SuggestBreakdownResult,
} from './breakdown';
import { GetCampaignPanelPayload, GetCampaignPanelResult } from './campaign-panel';
import {
  ApplyLevelingProposalPayload,
  ApplyLevelingProposalResult,
  CompareWithBriefPayload,
  CompareWithBriefResult,
  CreateCampaignPayload,
  CreateCampaignResult,
  GetCreationJobPayload,
  GetCreationJobResult,
  GetTemplatePayload,
  GetTemplateResult,
  ListBriefsPayload,
  ListBriefsResult,
  ListCampaignsPayload,
  ListCampaignsResult,
  ListTemplatesPayload,
  ListTemplatesResult,
  PreviewCampaignPayload,
  PreviewCampaignResult,
  ReplanCampaignPayload,
  ReplanCampaignResult,
  SaveRoleAssignmentsPayload,
  SaveRoleAssignmentsResult,
  SaveTemplatePayload,
  SaveTemplateResult,
} from './campaign-planner';
import {
  GetPortfolioSettingsPayload,
  GetPortfolioSettingsResult,
  SavePortfolioSettingsPayload,
  SavePortfolioSettingsResult,
} from './portfolio-settings';
import { UpdateCampaignTargetingPayload, UpdateCampaignTargetingResult } from './targeting';
import { GetTeamCapacityPayload, GetTeamCapacityResult, SetPersonCapacityPayload, SetPersonCapacityResult } from './capacity';
import { GetIssueOverviewPayload, IssueOverview } from './issue-overview';
import { ImportKpiCsvPayload, KpiConnector, KpiConnectorPayload, KpiImportPreview, KpiImportResult, PreviewKpiImportPayload } from './kpi';
import {
  DecideSignOffPayload,
  DecideSignOffResult,
  DelegateSignOffPayload,
  DelegateSignOffResult,
  ExportSignOffRecordPayload,
  ExportSignOffRecordResult,
  GetSignOffPayload,
  GetSignOffResult,
} from './signoff';
import { ListRisksPayload, ListRisksResult, SaveRiskPayload, SaveRiskResult } from './risks';
import { PublishStatusReportPayload, PublishStatusReportResult } from './status-report';
import { GetPortfolioPayload, GetPortfolioResult } from './portfolio';
import { GetCollisionsPayload, GetCollisionsResult } from './collisions';
import { GetPortfolioCapacityPayload, GetPortfolioCapacityResult } from './portfolio-capacity';
import { PublishPortfolioReportPayload, PublishPortfolioReportResult } from './portfolio-report';
import { GetCampaignStatusPayload, GetCampaignStatusResult } from './campaign-status';

/**
 * The public resolver contract, in one map: resolver name → the zod schemas of its payload and of its answer's
 * `data`. Resolvers validate payloads with these schemas (`src/resolvers/define.ts` looks them up by name),
 * `src/index.ts` defines exactly these names, the UIs' `invoke` takes its argument and result types from here
 * (type-only in production builds), and the tests' typed helper checks every answer against its schema.
 * Names and fields are public (README's resolver table): add fields, never rename.
 */
export interface ResolverContract {
  payload: z.ZodTypeAny;
  result: z.ZodTypeAny;
}

export const resolverContracts = {
  // The issue panel
  getIssueOverview: { payload: GetIssueOverviewPayload, result: IssueOverview },
  getCampaignPanel: { payload: GetCampaignPanelPayload, result: GetCampaignPanelResult },
  publishStatusReport: { payload: PublishStatusReportPayload, result: PublishStatusReportResult },
  getSignOff: { payload: GetSignOffPayload, result: GetSignOffResult },
  decideSignOff: { payload: DecideSignOffPayload, result: DecideSignOffResult },
  delegateSignOff: { payload: DelegateSignOffPayload, result: DelegateSignOffResult },
  exportSignOffRecord: { payload: ExportSignOffRecordPayload, result: ExportSignOffRecordResult },
  getKpiConnector: { payload: KpiConnectorPayload, result: KpiConnector },
  rotateKpiSecret: { payload: KpiConnectorPayload, result: KpiConnector },
  previewKpiImport: { payload: PreviewKpiImportPayload, result: KpiImportPreview },
  importKpiCsv: { payload: ImportKpiCsvPayload, result: KpiImportResult },
  listRisks: { payload: ListRisksPayload, result: ListRisksResult },
  saveRisk: { payload: SaveRiskPayload, result: SaveRiskResult },
  // The campaign planner
  listTemplates: { payload: ListTemplatesPayload, result: ListTemplatesResult },
  getTemplate: { payload: GetTemplatePayload, result: GetTemplateResult },
  saveTemplate: { payload: SaveTemplatePayload, result: SaveTemplateResult },
  listBriefs: { payload: ListBriefsPayload, result: ListBriefsResult },
  previewCampaign: { payload: PreviewCampaignPayload, result: PreviewCampaignResult },
  saveRoleAssignments: { payload: SaveRoleAssignmentsPayload, result: SaveRoleAssignmentsResult },
  createCampaign: { payload: CreateCampaignPayload, result: CreateCampaignResult },
  getCreationJob: { payload: GetCreationJobPayload, result: GetCreationJobResult },
  replanCampaign: { payload: ReplanCampaignPayload, result: ReplanCampaignResult },
  applyLevelingProposal: { payload: ApplyLevelingProposalPayload, result: ApplyLevelingProposalResult },
  compareWithBrief: { payload: CompareWithBriefPayload, result: CompareWithBriefResult },
  listCampaigns: { payload: ListCampaignsPayload, result: ListCampaignsResult },
  updateCampaignTargeting: { payload: UpdateCampaignTargetingPayload, result: UpdateCampaignTargetingResult },
  // The portfolio's site settings
  getPortfolioSettings: { payload: GetPortfolioSettingsPayload, result: GetPortfolioSettingsResult },
  savePortfolioSettings: { payload: SavePortfolioSettingsPayload, result: SavePortfolioSettingsResult },
  // Team capacity (a section of the planner)
  getTeamCapacity: { payload: GetTeamCapacityPayload, result: GetTeamCapacityResult },
  setPersonCapacity: { payload: SetPersonCapacityPayload, result: SetPersonCapacityResult },
  // "Break down goal"
  suggestBreakdown: { payload: SuggestBreakdownPayload, result: SuggestBreakdownResult },
  createBreakdown: { payload: CreateBreakdownPayload, result: CreateBreakdownResult },
  rescheduleBreakdown: { payload: RescheduleBreakdownPayload, result: RescheduleBreakdownResult },
  // The marketing portfolio (the global page)
  getPortfolio: { payload: GetPortfolioPayload, result: GetPortfolioResult },
  getCollisions: { payload: GetCollisionsPayload, result: GetCollisionsResult },
  getPortfolioCapacity: { payload: GetPortfolioCapacityPayload, result: GetPortfolioCapacityResult },
  publishPortfolioReport: { payload: PublishPortfolioReportPayload, result: PublishPortfolioReportResult },
  // The Confluence macro « Statut de campagne » in a brief page
  getCampaignStatus: { payload: GetCampaignStatusPayload, result: GetCampaignStatusResult },
} satisfies Record<string, ResolverContract>;

export type ResolverContracts = typeof resolverContracts;
export type ResolverName = keyof ResolverContracts;
/** What a caller writes (defaults not applied yet). */
export type PayloadOf<K extends ResolverName> = z.input<ResolverContracts[K]['payload']>;
/** What the resolver receives once the payload is parsed. */
export type ParsedPayloadOf<K extends ResolverName> = z.output<ResolverContracts[K]['payload']>;
/** The answer's `data` when `ok` is true. */
export type ResultOf<K extends ResolverName> = z.output<ResolverContracts[K]['result']>;
