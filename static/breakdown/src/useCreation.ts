import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, call, type ResolverFailure } from './api';
import type { BreakdownTaskView, CreateBreakdownResult, GetCreationJobResult } from './types';

const POLL_MS = 600;

export type CreationState =
  | { kind: 'idle' }
  | { kind: 'running'; requestId: string; job?: GetCreationJobResult }
  | { kind: 'done'; requestId: string; job: GetCreationJobResult; created: CreateBreakdownResult }
  | { kind: 'failed'; requestId: string; job?: GetCreationJobResult; failure?: ResolverFailure };

/**
 * `create(tasks)` sends a fresh requestId; `resume(tasks)` sends the failed one's again, so the server resumes the
 * same job instead of creating the tasks twice. Progress is polled until the job is done or failed.
 */
export function useCreation(issueKey: string): { state: CreationState; create: (tasks: BreakdownTaskView[]) => void; resume: (tasks: BreakdownTaskView[]) => void } {
  const [state, setState] = useState<CreationState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const run = useCallback(
    async (tasks: BreakdownTaskView[], requestId: string) => {
      setState({ kind: 'running', requestId });
      let created: CreateBreakdownResult;
      try {
        created = await call('createBreakdown', { requestId, issueKey, tasks: tasks.map(({ reasons: _reasons, ...t }) => t) });
      } catch (e) {
        setState({ kind: 'failed', requestId, failure: asFailure(e) });
        return;
      }
      const tick = async (): Promise<void> => {
        try {
          const job = await call('getCreationJob', { jobId: created.jobId });
          if (job.state === 'done') return setState({ kind: 'done', requestId, job, created });
          if (job.state === 'failed') return setState({ kind: 'failed', requestId, job });
          setState({ kind: 'running', requestId, job });
        } catch (e) {
          const failure = asFailure(e);
          if (failure.code !== 'TRY_AGAIN') return setState({ kind: 'failed', requestId, failure });
        }
        timer.current = window.setTimeout(() => void tick(), POLL_MS);
      };
      void tick();
    },
    [issueKey],
  );

  const create = useCallback((tasks: BreakdownTaskView[]) => void run(tasks, crypto.randomUUID()), [run]);
  const resume = useCallback((tasks: BreakdownTaskView[]) => void run(tasks, state.kind === 'failed' ? state.requestId : crypto.randomUUID()), [run, state]);
  return { state, create, resume };
}
