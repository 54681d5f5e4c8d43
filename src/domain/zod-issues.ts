import type { z } from 'zod';

/** The first problem of a failed parse. Zod never fails a parse without one, so an empty list is a bug, said so. */
export function firstIssue(error: z.ZodError): z.ZodIssue {
  const issue = error.issues[0];
  if (!issue) throw new Error('invariant: a failed zod parse carries at least one issue');
  return issue;
}

/** The first field an `unrecognized_keys` issue names; zod raises that issue only with at least one key. */
export function firstUnknownKey(issue: z.ZodUnrecognizedKeysIssue): string {
  const key = issue.keys[0];
  if (key === undefined) throw new Error('invariant: an unrecognized_keys issue names at least one key');
  return key;
}
