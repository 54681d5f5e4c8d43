/**
 * Types shared by the resolvers and the Custom UI apps (type-only: no imports, nothing bundled).
 * Every resolver answers with this envelope, so the UI can tell a refusal ("you may not", "field X is wrong")
 * from a platform failure without parsing messages. Messages are safe to show: never stack traces.
 */
export type ErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UPSTREAM' | 'TRY_AGAIN' | 'INTERNAL';
export type ResolverError = { code: ErrorCode; message: string; field?: string };
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };
