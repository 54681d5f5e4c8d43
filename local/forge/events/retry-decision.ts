import { z } from 'zod';

/** Forge retries an event at most 4 times, and never later than 900 s. */
export const MAX_RETRIES = 4;
export const MAX_RETRY_AFTER_S = 900;

/** What `new InvocationError(...)` (returned or thrown) and a retried `QueueResponse` look like once serialised. */
const RetryRequest = z.object({
  _retry: z.literal(true),
  retryOptions: z
    .object({ retryAfter: z.number().optional(), retryReason: z.string().optional(), retryData: z.unknown().optional() })
    .optional(),
});

export interface RetryAsk {
  retryAfterS: number;
  reason: string;
  data: unknown;
}

/** The consumer's request to be retried, if its result (or what it threw) is one. */
export function retryRequestOf(value: unknown): RetryAsk | undefined {
  const parsed = RetryRequest.safeParse(value);
  if (!parsed.success) return undefined;
  const o = parsed.data.retryOptions;
  const after = Math.min(MAX_RETRY_AFTER_S, Math.max(1, o?.retryAfter ?? 1));
  return { retryAfterS: after, reason: o?.retryReason ?? 'FUNCTION_RETRY_REQUEST', data: o?.retryData };
}
