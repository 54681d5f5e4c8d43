/**
 * The domain model's types that travel through resolver payloads and answers, as the UIs see them. The UIs import
 * them from here (type-only), never from `src/domain`, so the contract is the one door between server and UI.
 */
export type {
  BriefValue,
  CampaignPlan,
  CampaignTemplate,
  CampaignTemplateInput,
  CostCategory,
  CreationJob,
  DecisionKind,
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
} from '../domain/model';
