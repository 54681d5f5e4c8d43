import { z } from 'zod';
import { InvokeError } from '../invoke';

/** The response shape Forge expects from a scheduled trigger: `{statusCode, body?, headers?}`. */
const TriggerResponse = z
  .object({ statusCode: z.number().int(), body: z.unknown().optional(), headers: z.unknown().optional() })
  .passthrough();

export interface RunOutcome {
  outcome: 'succeeded' | 'failed';
  /** The status the platform records: the function's own, 424 for a response it cannot read, 500 for a throw. */
  statusCode: number | null;
  error?: string;
}

/**
 * Reads a run the way the platform records it. Nothing returned counts as success (the docs' own examples return
 * nothing); `{statusCode}` below 400 succeeds; any other value is "424 Failed dependency"; a throw or a timeout fails.
 * Scheduled runs are never retried.
 */
export function outcomeOfReturn(value: unknown): RunOutcome {
  if (value === undefined || value === null) return { outcome: 'succeeded', statusCode: null };
  const parsed = TriggerResponse.safeParse(value);
  if (!parsed.success)
    return { outcome: 'failed', statusCode: 424, error: 'the function returned a value that is not {statusCode, body?, headers?}' };
  const { statusCode } = parsed.data;
  return statusCode < 400
    ? { outcome: 'succeeded', statusCode }
    : { outcome: 'failed', statusCode, error: `the function answered ${statusCode}` };
}

export function outcomeOfThrow(e: unknown): RunOutcome {
  const error = e instanceof InvokeError ? `${e.code}: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { outcome: 'failed', statusCode: 500, error };
}
