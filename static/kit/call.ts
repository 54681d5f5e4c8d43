import { invoke as bridgeInvoke } from '@forge/bridge';
import type { ErrorCode, ResolverResult } from '../../src/contracts/resolver-result';

/** A resolver's refusal (or a bridge failure), with the code and the payload field it names when it names one. */
export class ResolverFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'BRIDGE',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Any thrown value as a `ResolverFailure`, so screens handle one kind of error. */
export const asFailure = (e: unknown): ResolverFailure =>
  e instanceof ResolverFailure ? e : new ResolverFailure('INTERNAL', e instanceof Error ? e.message : String(e));

/**
 * Runs a resolver through the bridge and unwraps the app's `{ok, data | error}` envelope, throwing one
 * `ResolverFailure` on `{ok: false}` or when the bridge itself fails. `T` is the caller's word: apps call the
 * typed `invoke` (./invoke), which takes it from the contract; this is its transport.
 */
export async function envelopeCall<T>(name: string, payload: object): Promise<T> {
  let answer: unknown;
  try {
    // No metadata argument, so the bridge answers with the resolver's result itself.
    answer = await bridgeInvoke(name, payload as Record<string, unknown>);
  } catch (e) {
    throw new ResolverFailure('BRIDGE', e instanceof Error ? e.message : String(e));
  }
  if (typeof answer !== 'object' || answer === null || !('ok' in answer))
    throw new ResolverFailure('INTERNAL', `${name} answered without a result.`);
  // The envelope's shape is the server's contract; `T` is the caller's word for its data.
  const result = answer as ResolverResult<T>;
  if (!result.ok) throw new ResolverFailure(result.error.code, result.error.message, result.error.field);
  return result.data;
}
