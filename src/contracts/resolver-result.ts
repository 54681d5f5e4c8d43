/**
 * Types shared by the resolvers and the Custom UI apps (type-only: no imports, nothing bundled).
 * Every resolver answers with this envelope, so the UI can tell a refusal ("you may not", "field X is wrong")
 * from a platform failure without parsing messages. Messages are safe to show: never stack traces.
 */
export type ErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UPSTREAM' | 'TRY_AGAIN' | 'INTERNAL';
/**
 * `message` is worded in the caller's locale. When the refusal comes from the wording module it also carries the
 * message's `key` (`errors.permissionNeeded`) and `params`, so a UI can word it itself or branch on it.
 */
export type ResolverError = { code: ErrorCode; message: string; field?: string; key?: string; params?: Record<string, string | number | boolean | null> };
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };
