export { forecastNetwork, type MilestoneOutlook, type NetworkForecast } from './forecast';
export type { PersonDriver } from './drivers';
export { DEFAULT_CAPACITY, type Activity, type PersonCapacity, type ScheduleNetwork, type TimeOff } from './model';
export { TRIAL_DEFAULTS, type TrialOptions } from './monte-carlo';
export { ESTIMATE_FACTOR, FACTOR_MEAN } from './work-factor';
export type { RiskEvent } from './risk-events';
