import type { PayloadOf, ResolverName, ResultOf } from '../../src/contracts/registry';
import { envelopeCall } from './call';

export { asFailure, ResolverFailure } from './call';
export type { PayloadOf, ResultOf } from '../../src/contracts/registry';

/**
 * Calls resolver `name` with a payload of its contract's type and answers its contract's result type
 * (`src/contracts/registry.ts`, imported for types only). Throws a `ResolverFailure` on `{ok: false}`.
 *
 * Development builds also check the answer's shape against the contract's zod schema; the check is imported
 * dynamically behind `import.meta.env.DEV`, which production builds fold to `false`, so zod never reaches a
 * production bundle.
 */
export async function invoke<K extends ResolverName>(name: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  const data = await envelopeCall<ResultOf<K>>(name, payload);
  if (import.meta.env.DEV) {
    const { checkResult } = await import('./dev-check');
    checkResult(name, data);
  }
  return data;
}
