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

import type { ResolverFailure } from '../../kit/invoke';
import type { SuggestBreakdownResult } from '../../../src/contracts/breakdown';

/** The proposal's loading state. */
export type Load = { kind: 'loading' } | { kind: 'failed'; failure: ResolverFailure } | { kind: 'ready'; result: SuggestBreakdownResult };
