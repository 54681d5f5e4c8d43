/** The modal's view of its resolvers: type-only imports, nothing from the server is bundled. */
export type {
  BreakdownEngine,
  BreakdownMilestone,
  BreakdownTaskView,
  CreateBreakdownPayload,
  CreateBreakdownResult,
  SuggestBreakdownPayload,
  SuggestBreakdownResult,
} from '../../../src/contracts/breakdown';
export type { GetCreationJobPayload, GetCreationJobResult } from '../../../src/contracts/campaign-planner';
export type { ErrorCode, ResolverResult } from '../../../src/contracts/resolver-result';
export type { OwnerRole, PlanWarning } from '../../../src/contracts/model';
