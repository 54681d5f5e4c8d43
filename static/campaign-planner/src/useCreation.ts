import { useCallback, useEffect, useRef, useState } from 'react';
import { poll } from '../../kit/poll';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { CampaignPlan, CreationJob } from './types';

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
export function useCreation(): {
  state: CreationState;
  /** `acceptedErrorCodes`: the codes of the errors the PM confirmed creating the plan with (the second confirmation). */
  create: (plan: CampaignPlan, acceptedErrorCodes?: string[], insertStatusMacro?: boolean) => void;
  retry: (plan: CampaignPlan) => void;
  reset: () => void;
} {
  const [state, setState] = useState<CreationState>({ kind: 'idle' });
  const stopPolling = useRef<() => void>(() => undefined);
  const generation = useRef(0);

  const stop = (): void => stopPolling.current();
  useEffect(() => stop, []);

  const watch = useCallback((gen: number, requestId: string, jobId: string) => {
    stopPolling.current = poll({
      fetch: () => invoke('getCreationJob', { jobId }),
      onAnswer: (job) => {
        if (gen !== generation.current) return true;
        if (job.state === 'done') setState({ kind: 'done', requestId, job });
        else if (job.state === 'failed') setState({ kind: 'failed', requestId, job });
        else setState({ kind: 'polling', requestId, job });
        return job.state === 'done' || job.state === 'failed';
      },
      // Transient failures are waited out by `poll`; this one ends the wait and offers a retry.
      onFailure: (failure) =>
        gen === generation.current &&
        setState((s) => ({ kind: 'failed', requestId, job: s.kind === 'polling' ? s.job : undefined, failure })),
    });
  }, []);

  const start = useCallback(
    (plan: CampaignPlan, requestId: string, acceptedErrorCodes?: string[], insertStatusMacro?: boolean) => {
      stop();
      const gen = ++generation.current;
      setState({ kind: 'starting', requestId });
      const confirmation = acceptedErrorCodes && acceptedErrorCodes.length > 0 ? { acceptErrors: true, acceptedErrorCodes } : {};
      // The PM's consent to add the status macro to the brief page; sent only when given.
      const macro = insertStatusMacro === true ? { insertStatusMacro } : {};
      invoke('createCampaign', { requestId, plan, ...confirmation, ...macro })
        .then(({ jobId }) => {
          if (gen !== generation.current) return;
          setState({ kind: 'polling', requestId });
          watch(gen, requestId, jobId);
        })
        .catch((e: unknown) => gen === generation.current && setState({ kind: 'failed', requestId, failure: asFailure(e) }));
    },
    [watch],
  );

  const accepted = useRef<string[] | undefined>(undefined);
  const withMacro = useRef<boolean | undefined>(undefined);
  const create = useCallback(
    (plan: CampaignPlan, acceptedErrorCodes?: string[], insertStatusMacro?: boolean) => {
      accepted.current = acceptedErrorCodes;
      withMacro.current = insertStatusMacro;
      start(plan, newRequestId(), acceptedErrorCodes, insertStatusMacro);
    },
    [start],
  );
  const retry = useCallback(
    (plan: CampaignPlan) => {
      if (state.kind === 'failed') start(plan, state.requestId, accepted.current, withMacro.current);
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
