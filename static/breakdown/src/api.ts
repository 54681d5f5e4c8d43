import { invokeUntyped } from '../../kit/call';
import type {
  CreateBreakdownPayload,
  CreateBreakdownResult,
  GetCreationJobPayload,
  GetCreationJobResult,
  SuggestBreakdownPayload,
  SuggestBreakdownResult,
} from './types';

interface Calls {
  suggestBreakdown: [SuggestBreakdownPayload, SuggestBreakdownResult];
  createBreakdown: [CreateBreakdownPayload, CreateBreakdownResult];
  getCreationJob: [GetCreationJobPayload, GetCreationJobResult];
}

/** Transitional: the typed wrapper this app keeps until `src/contracts/registry.ts` holds these resolvers. */
export const call = <K extends keyof Calls>(name: K, payload: Calls[K][0]): Promise<Calls[K][1]> => invokeUntyped<Calls[K][1]>(name, payload);

export { asFailure, ResolverFailure } from '../../kit/call';
