import { useCallback, useEffect, useRef, useState } from 'react';
import { poll } from '../../kit/poll';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { BreakdownTaskView, CreateBreakdownResult, GetCreationJobResult } from './types';

export type CreationState =
  | { kind: 'idle' }
  | { kind: 'running'; requestId: string; job?: GetCreationJobResult }
  | { kind: 'done'; requestId: string; job: GetCreationJobResult; created: CreateBreakdownResult }
  | { kind: 'failed'; requestId: string; job?: GetCreationJobResult; failure?: ResolverFailure };

/**
 * `create(tasks)` sends a fresh requestId; `resume(tasks)` sends the failed one's again, so the server resumes the
 * same job instead of creating the tasks twice. Progress is polled until the job is done or failed.
 */
export function useCreation(issueKey: string): {
  state: CreationState;
  create: (tasks: BreakdownTaskView[], milestoneKey?: string) => void;
  resume: (tasks: BreakdownTaskView[], milestoneKey?: string) => void;
} {
  const [state, setState] = useState<CreationState>({ kind: 'idle' });
  const stop = useRef<() => void>(() => undefined);
  useEffect(() => () => stop.current(), []);

  const run = useCallback(
    async (tasks: BreakdownTaskView[], requestId: string, milestoneKey: string | undefined) => {
      stop.current();
      setState({ kind: 'running', requestId });
      let created: CreateBreakdownResult;
      try {
        created = await invoke('createBreakdown', {
          requestId,
          issueKey,
          ...(milestoneKey ? { milestoneKey } : {}),
          tasks: tasks.map(({ reasons: _reasons, ...t }) => t),
        });
      } catch (e) {
        setState({ kind: 'failed', requestId, failure: asFailure(e) });
        return;
      }
      stop.current = poll({
        fetch: () => invoke('getCreationJob', { jobId: created.jobId }),
        onAnswer: (job) => {
          if (job.state === 'done') setState({ kind: 'done', requestId, job, created });
          else if (job.state === 'failed') setState({ kind: 'failed', requestId, job });
          else setState({ kind: 'running', requestId, job });
          return job.state === 'done' || job.state === 'failed';
        },
        onFailure: (failure) => setState({ kind: 'failed', requestId, failure }),
      });
    },
    [issueKey],
  );

  const create = useCallback(
    (tasks: BreakdownTaskView[], milestoneKey?: string) => void run(tasks, crypto.randomUUID(), milestoneKey),
    [run],
  );
  const resume = useCallback(
    (tasks: BreakdownTaskView[], milestoneKey?: string) =>
      void run(tasks, state.kind === 'failed' ? state.requestId : crypto.randomUUID(), milestoneKey),
    [run, state],
  );
  return { state, create, resume };
}
