import { z } from 'zod';

/**
 * What an answer says when Jira's hourly points quota made the app hold back: `near` (under 20 % of the shared pool
 * left: stored data shown, work that can wait queued) or `paused` (a quota 429: no Jira call until the reset).
 */
export const QuotaNotice = z
  .object({
    state: z.enum(['near', 'paused']),
    /** When the data shown was last read from Jira (ISO date-time). */
    asOf: z.string(),
    /** When Jira's quota resets and the app reads again (ISO date-time). */
    resumesAt: z.string(),
  })
  .strict();
export type QuotaNotice = z.infer<typeof QuotaNotice>;
