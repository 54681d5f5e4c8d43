import { invoke } from '@forge/bridge';
import type { ErrorCode, ResolverResult } from './types';

/** A resolver's refusal (or a bridge failure), with the field it names when it names one. */
export class ResolverFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'BRIDGE',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Runs a resolver through the bridge and unwraps the app's `{ok, data | error}` envelope. */
export async function callResolver<T>(functionKey: string, payload: object): Promise<T> {
  let result: ResolverResult<T>;
  try {
    // No metadata argument, so the bridge answers with the resolver's result itself.
    result = (await invoke(functionKey, payload as Record<string, unknown>)) as ResolverResult<T>;
  } catch (e) {
    throw new ResolverFailure('BRIDGE', e instanceof Error ? e.message : String(e));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ResolverFailure('INTERNAL', `${functionKey} answered without a result.`);
  if (!result.ok) throw new ResolverFailure(result.error.code, result.error.message, result.error.field);
  return result.data;
}

export const asFailure = (e: unknown): ResolverFailure => (e instanceof ResolverFailure ? e : new ResolverFailure('INTERNAL', e instanceof Error ? e.message : String(e)));
