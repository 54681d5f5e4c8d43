import { DomainError } from '../domain/errors';
import type { z } from 'zod';

import type { ResolverError } from '../contracts/resolver-result';
import { render, type Message } from '../wording/messages';
import { firstIssue, firstUnknownKey, problemMessage } from '../domain/zod-issues';

export type { ErrorCode, ResolverError, ResolverResult } from '../contracts/resolver-result';

/**
 * A refusal a resolver answers with. Give it a `Message` from the wording module and the envelope words it in the
 * caller's locale (and carries its key and parameters); a plain string is kept as it is, in English.
 * `Error.message` is always the English text, for logs. It extends the domain's own error, so both reach the
 * envelope the same way.
 */
export class AppError extends DomainError {
  // Its constructor is the domain error's: the envelope's ErrorCode and DomainErrorCode are the same six codes.

  /** The text for a reader in `locale`. */
  messageFor(locale: string | null | undefined): string {
    return this.wording ? render(locale, this.wording) : this.message;
  }
}

/**
 * Turns a zod refusal into "field: problem" naming the field, e.g. `issueKey: must be an issue key like MKT-12`. A field the
 * schema does not know is named first: a misspelt field reads as unknown, not as the required one it replaced.
 */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? firstIssue(error);
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, firstUnknownKey(issue)].join('.');
    return new AppError('INVALID_INPUT', { key: 'errors.fieldNotAccepted', params: { field } }, field);
  }
  const field = issue.path.join('.');
  // The problem is the catalogue's (worded in the reader's language); a schema text it does not hold stays English.
  return new AppError('INVALID_INPUT', problemMessage(issue, field), field || undefined);
}

/** The envelope of a failure, worded in `locale` (English when unknown). */
export function toErrorResult(e: unknown, locale?: string): { ok: false; error: ResolverError } {
  // An INTERNAL error in plain words is a bug the app caught (unreadable storage): for the logs, like any other bug.
  if (e instanceof DomainError && !(e.code === 'INTERNAL' && !e.wording)) {
    const wording = e.wording ? { key: e.wording.key, ...(e.wording.params ? { params: e.wording.params } : {}) } : {};
    return {
      ok: false,
      error: {
        code: e.code,
        message: e.wording ? render(locale, e.wording) : e.message,
        ...(e.field ? { field: e.field } : {}),
        ...wording,
      },
    };
  }
  // Unknown failures are logged for `forge logs` and shown to people as a generic message only.
  console.error('[campaign-control] unexpected resolver error', e);
  const internal: Message = { key: 'errors.internal' };
  return { ok: false, error: { code: 'INTERNAL', message: render(locale, internal), key: internal.key } };
}
