import { asFailure, type ResolverFailure } from './call';

/** How often a job is asked about, and how long a passing failure is waited out. */
export const POLL_MS = 600;
const MAX_BACKOFF_MS = 5_000;
/** Consecutive transient failures waited out before the wait ends with the last one. */
const MAX_TRANSIENT_FAILURES = 10;

/** A busy platform (`TRY_AGAIN`) or a dropped bridge call (`BRIDGE`) passes; anything else ends the wait. */
export const isTransient = (failure: ResolverFailure): boolean => failure.code === 'TRY_AGAIN' || failure.code === 'BRIDGE';

/** The delay before the next ask: `POLL_MS` while answers come, doubling per consecutive failure up to 5 s. */
export const nextDelay = (consecutiveFailures: number): number => Math.min(POLL_MS * 2 ** consecutiveFailures, MAX_BACKOFF_MS);

export interface PollOptions<T> {
  /** One ask, e.g. `() => invoke('getCreationJob', {jobId})`. */
  fetch: () => Promise<T>;
  /** Every answer; return true when the job is over (done or failed), which stops the polling. */
  onAnswer: (answer: T) => boolean;
  /** A failure that is not transient, or one transient failure too many: polling has stopped. */
  onFailure: (failure: ResolverFailure) => void;
  /** Waits; tests pass their own clock. */
  wait?: (ms: number, then: () => void) => () => void;
}

const timeout = (ms: number, then: () => void): (() => void) => {
  const id = window.setTimeout(then, ms);
  return () => window.clearTimeout(id);
};

/**
 * Asks `fetch` now, then again after each answer until `onAnswer` says the job is over, tolerating transient
 * failures with backoff. Answers the function that stops it (for unmount or a new job).
 */
export function poll<T>({ fetch, onAnswer, onFailure, wait = timeout }: PollOptions<T>): () => void {
  let stopped = false;
  let cancelWait: () => void = () => undefined;
  let failures = 0;
  const tick = async (): Promise<void> => {
    try {
      const answer = await fetch();
      if (stopped) return;
      failures = 0;
      if (onAnswer(answer)) return;
    } catch (e) {
      if (stopped) return;
      const failure = asFailure(e);
      if (!isTransient(failure) || ++failures > MAX_TRANSIENT_FAILURES) {
        onFailure(failure);
        return;
      }
    }
    cancelWait = wait(nextDelay(failures), () => void tick());
  };
  void tick();
  return () => {
    stopped = true;
    cancelWait();
  };
}
