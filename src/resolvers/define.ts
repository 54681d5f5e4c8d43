import { z } from 'zod';
import { resolverContracts, type ParsedPayloadOf, type ResolverName, type ResultOf } from '../contracts/registry';
import { AppError, invalidInput, toErrorResult, type ResolverResult } from '../shared/result';
import { typedSchema } from '../shared/typed-schema';
import { problemMessage } from '../domain/zod-issues';

/** What every resolver may rely on, taken from the Forge context, never from the payload. */
export interface CallerContext {
  accountId: string;
  issueKey?: string;
  projectKey?: string;
  locale?: string;
}

const ForgeContextSchema = z.object({
  accountId: z.string().min(1).optional(),
  locale: z.string().optional(),
  extension: z
    .object({
      issue: z.object({ key: z.string() }).optional(),
      project: z.object({ key: z.string() }).optional(),
    })
    .passthrough()
    .optional(),
});

export interface ResolverRequest {
  payload: unknown;
  context: unknown;
}

/** Payloads above this many bytes (as JSON) are refused before any work; a resolver may allow more (CSV import). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;

export interface ResolverOptions {
  maxPayloadBytes?: number;
}

/** Refuses an oversized payload by its size alone, before parsing it into anything. */
function checkSize(payload: unknown, max: number): void {
  const bytes = Buffer.byteLength(JSON.stringify(payload ?? {}), 'utf8');
  if (bytes > max)
    throw new AppError(
      'INVALID_INPUT',
      { key: 'errors.payloadTooLarge', params: { kb: Math.ceil(bytes / 1024), limitKb: Math.floor(max / 1024) } },
      'payload',
    );
}

/** A zod refusal as an error naming its field; a payload that is not even an object is named `payload`. */
function payloadError(error: z.ZodError): AppError {
  const e = invalidInput(error);
  if (e.field) return e;
  const issue = error.issues[0];
  return new AppError(
    'INVALID_INPUT',
    issue ? problemMessage(issue, 'payload') : { key: 'errors.fieldInvalid', params: { field: 'payload', problem: e.message } },
    'payload',
  );
}

/**
 * A thin resolver: validate the payload with zod, take identity from the Forge context, run `fn`,
 * and answer with the result envelope.
 */
export function defineResolver<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (input: z.infer<S>, caller: CallerContext) => Promise<T>,
  options: ResolverOptions = {},
): (req: ResolverRequest) => Promise<ResolverResult<T>> {
  return async ({ payload, context }) => {
    const ctx = ForgeContextSchema.safeParse(context);
    // Refusals are worded in the caller's locale, even when the context is otherwise unusable.
    const locale = ctx.success ? ctx.data.locale : undefined;
    try {
      if (!ctx.success || !ctx.data.accountId) throw new AppError('FORBIDDEN', { key: 'errors.signInNeeded' });
      checkSize(payload, options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES);
      const input = typedSchema(schema).safeParse(payload ?? {});
      if (!input.success) throw payloadError(input.error);
      const caller: CallerContext = {
        accountId: ctx.data.accountId,
        issueKey: ctx.data.extension?.issue?.key,
        projectKey: ctx.data.extension?.project?.key,
        locale: ctx.data.locale,
      };
      return { ok: true, data: await fn(input.data, caller) };
    } catch (e) {
      return toErrorResult(e, locale);
    }
  };
}

export type ResolverHandler = (req: ResolverRequest) => Promise<ResolverResult<unknown>>;

/**
 * The resolver `name` of the public contract: its payload is validated with the contract's schema, and its answer
 * is typed by the contract's result schema. Register it in `src/resolvers/registered.ts`.
 */
export function contractResolver<K extends ResolverName>(
  name: K,
  fn: (input: ParsedPayloadOf<K>, caller: CallerContext) => Promise<ResultOf<K>>,
  options: ResolverOptions = {},
): (req: ResolverRequest) => Promise<ResolverResult<ResultOf<K>>> {
  return defineResolver(resolverContracts[name].payload, fn, options);
}
