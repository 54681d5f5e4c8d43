import type { z } from 'zod';
import { GetIssueOverviewPayload, IssueOverview } from './issue-overview';

/**
 * The public resolver contract, in one map: resolver name → the zod schemas of its payload and of its answer's
 * `data`. Resolvers validate payloads with these schemas (`src/resolvers/define.ts` looks them up by name),
 * `src/index.ts` defines exactly these names, the UIs' `invoke` takes its argument and result types from here
 * (type-only in production builds), and the tests' typed helper checks every answer against its schema.
 * Names and fields are public (README's resolver table): add fields, never rename.
 */
export interface ResolverContract {
  payload: z.ZodTypeAny;
  result: z.ZodTypeAny;
}

export const resolverContracts = {
  getIssueOverview: { payload: GetIssueOverviewPayload, result: IssueOverview },
} satisfies Record<string, ResolverContract>;

export type ResolverContracts = typeof resolverContracts;
export type ResolverName = keyof ResolverContracts;
/** What a caller writes (defaults not applied yet). */
export type PayloadOf<K extends ResolverName> = z.input<ResolverContracts[K]['payload']>;
/** What the resolver receives once the payload is parsed. */
export type ParsedPayloadOf<K extends ResolverName> = z.output<ResolverContracts[K]['payload']>;
/** The answer's `data` when `ok` is true. */
export type ResultOf<K extends ResolverName> = z.output<ResolverContracts[K]['result']>;
