/** The panel's view of its resolver: the shared contract types (type-only imports, nothing bundled). */
export type {
  ApproverDecision,
  BudgetBurn,
  BurnPoint,
  CampaignPanel,
  GateStatus,
  GetCampaignPanelResult,
  Health,
  KpiStatus,
  MilestoneRisk,
  ForecastState,
  Reason,
  PanelAction,
  PanelActions,
} from '../../../src/contracts/campaign-panel';
export type { ErrorCode, ResolverResult } from '../../../src/contracts/resolver-result';
export type { DecideSignOffResult, GetSignOffResult, SignOffGateView, SignOffRecordLine } from '../../../src/contracts/signoff';
export type { DecisionKind } from '../../../src/contracts/model';
