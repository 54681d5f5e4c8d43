export { buildPlan, type BuildPlanInput } from './build-plan';
export { applyOverrides } from './overrides';
export { replan, type ReplanInput, type ReplanResult, type RowIssue } from './replan';
export { suggestRoleAssignments, roleFromText, type PersonWithRole } from './roles';
export { scaleCosts } from './costs';
export { campaignLabel, slugify, milestoneSummary } from './labels';
