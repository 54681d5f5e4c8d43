export { buildCampaignPanel, riskInputOf, type PanelInput, type ForecastSource } from './build-panel';
export { forecastDeadlines, forecastFingerprint, DeadlineForecast, StoredForecast } from './deadline-forecast';
export {
  budgetBurn,
  earnedValueForecast,
  ALERT_THRESHOLDS,
  MIN_EARNED_SHARE_TO_FORECAST,
  type BurnInput,
  type EarnedValue,
} from './budget-burn';
export { burnSeries, type SeriesInput } from './burn-series';
export { campaignIssues, round2, type CampaignIssue } from './issue-costs';
export { gateStatuses, approvalsNeeded, type GateInput, type Decision } from './gate-status';
export { kpiStatuses, expectedByNow, accumulates } from './kpi-status';
export { milestoneRisks, type RiskInput } from './milestone-risk';
export { campaignActivities, planActivities, planGates, rolePools } from './campaign-network';
export { throughputHistory, MIN_HISTORY_ITEMS, HISTORY_WINDOW_BUSINESS_DAYS, type ThroughputHistory } from './throughput';
export {
  campaignHealth,
  MAX_REASONS,
  GATE_LATE_OFF_TRACK_DAYS,
  GATE_DUE_SOON_DAYS,
  FORECAST_OFF_TRACK_RATIO,
  SPEND_AHEAD_MARGIN,
  type HealthInput,
} from './health';
export { mulberry32, seedFrom, triangular, triangularInverse, standardNormal, type Random } from './random';
export { BusinessCalendar } from './business-calendar';
export { groupBy } from './group-by';
