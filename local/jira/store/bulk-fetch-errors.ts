import type { Database } from '../../db/sqlite';
import { z } from 'zod';
import { seededRandom } from '../../server/seeded-random';

/**
 * Jira's bulk fetch reports issues it could not return "due to a retriable error or payload constraint" in
 * `issueErrors` (found-but-invisible and missing issues are simply left out). The emulator never has such
 * errors by itself; tests and benchmarks switch them on per site to exercise a client's retry of `issueErrors`.
 */
export const BulkFetchErrorConfig = z
  .object({
    /** Share of the found, visible issues that come back in `issueErrors` instead of `issues`. */
    rate: z.number().min(0, 'rate must be between 0 and 1').max(1, 'rate must be between 0 and 1'),
    /** Seed of the dice, so a run is repeatable. */
    seed: z.number().int().default(1),
  })
  .strict();
export type BulkFetchErrorConfig = z.input<typeof BulkFetchErrorConfig>;

interface Dice {
  rate: number;
  next: () => number;
}

const bySite = new WeakMap<Database, Dice>();

/** Switches retriable `issueErrors` on (or off with rate 0) for the site stored in `db`. */
export function setBulkFetchErrors(db: Database, input: BulkFetchErrorConfig): void {
  const config = BulkFetchErrorConfig.parse(input);
  if (config.rate === 0) bySite.delete(db);
  else bySite.set(db, { rate: config.rate, next: seededRandom(config.seed) });
}

/** True when this issue should be reported as a retriable error in this response. */
export function bulkFetchFails(db: Database): boolean {
  const dice = bySite.get(db);
  return dice !== undefined && dice.next() < dice.rate;
}

export const BULK_FETCH_RETRY_MESSAGE = 'The issue could not be retrieved in time. Retry the request for this issue.';
