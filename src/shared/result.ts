import { DomainError, invalidInput as domainInvalidInput } from '../domain/errors';
import type { z } from 'zod';

import type { ErrorCode, ResolverError } from '../contracts/resolver-result';

export type { ErrorCode, ResolverError, ResolverResult } from '../contracts/resolver-result';

/** An error the resolver layer answers with: its code, a message naming the field and the problem, the field. */
export class AppError extends DomainError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(code, message, field);
  }
}

/** A zod refusal as an AppError naming its field. */
export function invalidInput(error: z.ZodError): AppError {
  const e = domainInvalidInput(error);
  return new AppError(e.code, e.message, e.field);
}

/** The envelope's error for anything thrown: the app's own errors (domain or transport) keep code and field. */
export function toErrorResult(e: unknown): { ok: false; error: ResolverError } {
  if (e instanceof DomainError) return { ok: false, error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } };
  // Unknown failures are logged for `forge logs` and shown to people as a generic message only.
  console.error('[campaign-control] unexpected resolver error', e);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}
