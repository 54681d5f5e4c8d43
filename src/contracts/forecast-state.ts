import { z } from 'zod';

/**
 * The deadline forecast's state: `current` (computed from today's data), `stale` (an earlier one, shown with its time,
 * while it is recomputed), `pending` (none yet: being computed). A panel load never waits for a recomputation.
 */
export const ForecastState = z
  .object({
    status: z.enum(['current', 'stale', 'pending']),
    /** When the forecast shown was computed (ISO date-time); null while pending. */
    computedAt: z.string().nullable(),
  })
  .strict();
export type ForecastState = z.infer<typeof ForecastState>;
