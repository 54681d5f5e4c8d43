/** The page's view of its resolvers and of the domain: type-only imports, nothing from the server is bundled. */
export type {
  CreateCampaignPayload,
  CreateCampaignResult,
  GetCreationJobPayload,
  GetCreationJobResult,
  ListBriefsPayload,
  ListBriefsResult,
  ListTemplatesPayload,
  ListTemplatesResult,
  PersonOption,
  PlanOverrides,
  PreviewCampaignPayload,
  PreviewCampaignResult,
  TemplateSummary,
} from '../../../src/contracts/campaign-planner';
export type { ErrorCode, ResolverError, ResolverResult } from '../../../src/contracts/resolver-result';
export type {
  BriefValue,
  CampaignPlan,
  CostCategory,
  CreationJob,
  HolidayCalendar,
  KpiUnit,
  Money,
  OwnerRole,
  PlanBrief,
  PlanGate,
  PlanKpi,
  PlanRow,
  PlanWarning,
  Quorum,
} from '../../../src/domain/model';

import type { OwnerRole } from '../../../src/domain/model';
export type RoleAssignments = Partial<Record<OwnerRole, string[]>>;
