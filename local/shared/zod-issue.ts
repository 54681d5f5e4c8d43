import type { z } from 'zod';

/** The first problem zod reports, its path joined with dots ('' for the value itself). A failed parse always has one. */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return issue ? { path: issue.path.join('.'), message: issue.message } : { path: '', message: error.message };
}
