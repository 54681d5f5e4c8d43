import { resolverContracts, type PayloadOf, type ResolverName, type ResultOf } from '../../src/contracts/registry';
import type { ResolverError } from '../../src/contracts/resolver-result';
import type { TestHost } from './host';

/**
 * A resolver's answer as tests read it: `data` is typed by the contract and `error` is the refusal. Only one of
 * them is there at run time, so reading the other (`data` of a refusal, `error.code` of a success) gives undefined
 * or throws, and the test fails: tests assert on `ok` or on the field they expect, never on a guess.
 */
export interface ContractAnswer<T> {
  ok: boolean;
  data: T;
  error: ResolverError;
}

/** The answer of a refusal: `data` is absent at run time (see ContractAnswer). */
export function refusal<T>(error: ResolverError | undefined): ContractAnswer<T> {
  return { ok: false, data: undefined as unknown as T, error: error ?? { code: 'INTERNAL', message: 'refused without an error' } };
}

/** The answer of a success: `error` is absent at run time (see ContractAnswer). */
export function success<T>(data: T): ContractAnswer<T> {
  return { ok: true, data, error: undefined as unknown as ResolverError };
}

export interface CallAs {
  accountId: string;
  moduleKey?: string;
  issueKey?: string;
}

/**
 * Calls resolver `name` through `/local/invoke` exactly as a UI would, with a payload typed by the contract, and
 * checks a successful answer against the contract's result schema: a field renamed on either side fails to compile
 * or fails the test.
 */
export async function callResolver<K extends ResolverName>(
  th: TestHost,
  name: K,
  payload: PayloadOf<K>,
  as: CallAs,
): Promise<ContractAnswer<ResultOf<K>>> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      moduleKey: as.moduleKey ?? 'campaign-panel',
      functionKey: name,
      payload,
      accountId: as.accountId,
      ...(as.issueKey ? { issueKey: as.issueKey } : {}),
    }),
  });
  const out = (await res.json()) as { ok: boolean; result?: { ok: boolean; data?: unknown; error?: ResolverError }; error?: unknown };
  if (!out.ok || !out.result) throw new Error(`invoke ${name} failed in the host: ${JSON.stringify(out.error)}`);
  if (!out.result.ok) return refusal(out.result.error);
  const checked = resolverContracts[name].result.safeParse(out.result.data);
  if (!checked.success)
    throw new Error(
      `${name} answered outside its contract: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return success(out.result.data as ResultOf<K>);
}
