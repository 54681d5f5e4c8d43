import { z } from 'zod';

/**
 * The envelope every resolver answers with, shared by the resolvers, the Custom UI apps (type-only imports there:
 * nothing bundled) and the tests, so the UI can tell a refusal ("you may not", "field X is wrong") from a platform
 * failure without parsing messages. Messages are safe to show: never stack traces.
 */
export const ErrorCode = z.enum(['INVALID_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UPSTREAM', 'TRY_AGAIN', 'INTERNAL']);
export type ErrorCode = z.infer<typeof ErrorCode>;
/**
 * `message` is worded in the caller's locale. When the refusal comes from the wording module it also carries the
 * message's `key` (`errors.permissionNeeded`) and `params`, so a UI can word it itself or branch on it.
 */
export const ResolverError = z
  .object({
    code: ErrorCode,
    message: z.string(),
    field: z.string().optional(),
    key: z.string().optional(),
    params: z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  })
  .strict();
export type ResolverError = z.infer<typeof ResolverError>;
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };
