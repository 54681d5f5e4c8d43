import type { z } from 'zod';
import { DomainError } from '../errors';
import { firstIssue, firstUnknownKey, problemMessage } from '../zod-issues';

/** Parses `value` or throws INVALID_INPUT naming the field (prefixed by `field`) and the problem, in the reader's words. */
export function requireValid<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  const path = [field, ...issue.path].join('.');
  if (issue.code === 'unrecognized_keys') {
    const unknown = `${path}.${firstUnknownKey(issue)}`;
    throw new DomainError('INVALID_INPUT', { key: 'errors.fieldNotAccepted', params: { field: unknown } }, unknown);
  }
  throw new DomainError('INVALID_INPUT', problemMessage(issue, path), path);
}
