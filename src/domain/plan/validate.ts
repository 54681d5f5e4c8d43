import type { z } from 'zod';
import { DomainError } from '../errors';
import { firstIssue } from '../zod-issues';

/** Parses `value` or throws INVALID_INPUT naming the field (prefixed by `field`) and the problem. */
export function requireValid<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  const path = [field, ...issue.path].join('.');
  const problem = issue.code === 'unrecognized_keys' ? `unexpected field(s) ${issue.keys.join(', ')}` : issue.message;
  throw new DomainError('INVALID_INPUT', `${path}: ${problem}`, path);
}
