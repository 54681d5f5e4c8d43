export { audiencesIn, briefTargeting, channelsIn, planTargeting, slugOf, type TargetingSources } from './plan-targeting';
