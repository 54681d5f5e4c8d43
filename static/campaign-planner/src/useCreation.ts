import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, call, type ResolverFailure } from './api';
import type { CampaignPlan, CreationJob } from './types';

const POLL_MS = 700;
const MAX_TRANSIENT_FAILURES = 10;

export type CreationState =
  | { kind: 'idle' }
  | { kind: 'starting'; requestId: string }
  | { kind: 'polling'; requestId: string; job?: CreationJob }
  | { kind: 'done'; requestId: string; job: CreationJob }
  | { kind: 'failed'; requestId: string; job?: CreationJob; failure?: ResolverFailure };

const newRequestId = (): string => crypto.randomUUID();

/**
 * `create(plan)` starts a creation with a fresh requestId; `retry(plan)` re-sends the failed one's requestId,
 * so the server resumes it instead of creating the campaign twice. Progress is polled until done or failed.
 */
export function useCreation(): { state: CreationState; create: (plan: CampaignPlan) => void; retry: (plan: CampaignPlan) => void; reset: () => void } {
  const [state, setState] = useState<CreationState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  const stop = (): void => {
    if (timer.current !== undefined) window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => stop, []);

  const poll = useCallback((gen: number, requestId: string, jobId: string) => {
    let transientFailures = 0;
    const tick = async (): Promise<void> => {
      if (gen !== generation.current) return;
      try {
        const job = await call('getCreationJob', { jobId });
        if (gen !== generation.current) return;
        if (job.state === 'done') return setState({ kind: 'done', requestId, job });
        if (job.state === 'failed') return setState({ kind: 'failed', requestId, job });
        transientFailures = 0;
        setState({ kind: 'polling', requestId, job });
      } catch (e) {
        const failure = asFailure(e);
        // A busy platform says so; keep polling. Anything else ends the wait and offers a retry.
        const transient = (failure.code === 'TRY_AGAIN' || failure.code === 'BRIDGE') && ++transientFailures <= MAX_TRANSIENT_FAILURES;
        if (!transient) {
          if (gen === generation.current) setState((s) => ({ kind: 'failed', requestId, job: s.kind === 'polling' ? s.job : undefined, failure }));
          return;
        }
      }
      if (gen === generation.current) timer.current = window.setTimeout(() => void tick(), POLL_MS);
    };
    void tick();
  }, []);

  const start = useCallback(
    (plan: CampaignPlan, requestId: string) => {
      stop();
      const gen = ++generation.current;
      setState({ kind: 'starting', requestId });
      call('createCampaign', { requestId, plan })
        .then(({ jobId }) => {
          if (gen !== generation.current) return;
          setState({ kind: 'polling', requestId });
          poll(gen, requestId, jobId);
        })
        .catch((e: unknown) => gen === generation.current && setState({ kind: 'failed', requestId, failure: asFailure(e) }));
    },
    [poll],
  );

  const create = useCallback((plan: CampaignPlan) => start(plan, newRequestId()), [start]);
  const retry = useCallback(
    (plan: CampaignPlan) => {
      if (state.kind === 'failed') start(plan, state.requestId);
    },
    [start, state],
  );
  const reset = useCallback(() => {
    stop();
    generation.current++;
    setState({ kind: 'idle' });
  }, []);

  return { state, create, retry, reset };
}
