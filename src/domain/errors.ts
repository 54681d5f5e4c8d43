import type { z } from 'zod';
import { render, type Message } from '../wording/messages';
import { firstUnknownKey, problemMessage } from './zod-issues';

/**
 * What the domain throws when its input cannot be used: a code, a message naming the field and the problem, and
 * the field's path. Pure (no transport): the resolver layer's `AppError` extends it, and `toErrorResult` turns
 * either into the envelope's error.
 */
export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UPSTREAM' | 'TRY_AGAIN' | 'INTERNAL';

export class DomainError extends Error {
  /** The words of the refusal for the wording module (rendered in the reader's locale); `message` is its English. */
  wording?: Message;

  constructor(
    public readonly code: DomainErrorCode,
    message: string | Message,
    public readonly field?: string,
  ) {
    super(typeof message === 'string' ? message : render('en', message));
    if (typeof message !== 'string') this.wording = message;
  }
}

/** Turns the first zod issue into "field: problem" naming the field, e.g. `issueKey: must look like MKT-1`. */
export function invalidInput(error: z.ZodError): DomainError {
  // A field the schema does not know is named first: a misspelt field reads as unknown, not as the one it replaced.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0];
  if (!issue) return new DomainError('INVALID_INPUT', { key: 'problems.notValid', params: { field: '' } });
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path, firstUnknownKey(issue)].join('.');
    return new DomainError('INVALID_INPUT', { key: 'errors.fieldNotAccepted', params: { field } }, field);
  }
  const field = issue.path.join('.');
  return new DomainError('INVALID_INPUT', problemMessage(issue, field), field || undefined);
}

/** True for the errors the app expects and words for people (its own), false for bugs and platform failures. */
export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
