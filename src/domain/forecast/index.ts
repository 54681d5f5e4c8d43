export { forecastNetwork, type MilestoneOutlook, type NetworkForecast } from './forecast';
export type { PersonDriver } from './drivers';
export { DEFAULT_CAPACITY, type Activity, type PersonCapacity, type ScheduleNetwork, type TimeOff } from './model';
export { TRIAL_DEFAULTS, type TrialOptions } from './monte-carlo';
export { ESTIMATE_FACTOR, FACTOR_MEAN } from './work-factor';
export type { RiskEvent } from './model';
export { weeklyLoad, AT_RISK_LOAD, type PersonWeekLoad, type LoadInput } from './weekly-load';
export { approverClashes, type ApproverClash, type GateDue } from './approver-clashes';
export { planConflicts, CONFLICT_WEEKS, type PlanConflicts, type ConflictInput } from './plan-conflicts';
