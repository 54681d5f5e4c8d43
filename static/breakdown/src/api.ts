import { invoke } from '@forge/bridge';
import type {
  CreateBreakdownPayload,
  CreateBreakdownResult,
  ErrorCode,
  GetCreationJobPayload,
  GetCreationJobResult,
  ResolverResult,
  SuggestBreakdownPayload,
  SuggestBreakdownResult,
} from './types';

/** A refusal or failure from a resolver, keeping the code and the field it names. */
export class ResolverFailure extends Error {
  constructor(
    public readonly code: ErrorCode | 'BRIDGE',
    message: string,
    public readonly field?: string,
  ) {
    super(message);
  }
}

interface Calls {
  suggestBreakdown: [SuggestBreakdownPayload, SuggestBreakdownResult];
  createBreakdown: [CreateBreakdownPayload, CreateBreakdownResult];
  getCreationJob: [GetCreationJobPayload, GetCreationJobResult];
}

export async function call<K extends keyof Calls>(name: K, payload: Calls[K][0]): Promise<Calls[K][1]> {
  let result: ResolverResult<Calls[K][1]>;
  try {
    result = (await invoke(name, payload as unknown as Record<string, unknown>)) as ResolverResult<Calls[K][1]>;
  } catch (e) {
    throw new ResolverFailure('BRIDGE', e instanceof Error ? e.message : String(e));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ResolverFailure('INTERNAL', `${name} answered without a result.`);
  if (!result.ok) throw new ResolverFailure(result.error.code, result.error.message, result.error.field);
  return result.data;
}

export const asFailure = (e: unknown): ResolverFailure => (e instanceof ResolverFailure ? e : new ResolverFailure('INTERNAL', e instanceof Error ? e.message : String(e)));
