import { z } from 'zod';

import type { ErrorCode, ResolverError } from '../contracts/resolver-result';

export type { ErrorCode, ResolverError, ResolverResult } from '../contracts/resolver-result';

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Turns a zod refusal into "field: problem" naming the field, e.g. `issueKey: must look like MKT-1`. A field the
 * schema does not know is named first: a misspelt field reads as unknown, not as the required one it replaced.
 */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, issue.keys[0]].join('.');
    return new AppError('INVALID_INPUT', `${field}: is not an accepted field`, field);
  }
  const field = issue.path.join('.');
  return new AppError('INVALID_INPUT', field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

export function toErrorResult(e: unknown): { ok: false; error: ResolverError } {
  if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } };
  // Unknown failures are logged for `forge logs` and shown to people as a generic message only.
  console.error('[campaign-control] unexpected resolver error', e);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}
