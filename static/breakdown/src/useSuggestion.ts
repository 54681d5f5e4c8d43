import { useCallback, useEffect, useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { BreakdownEngine, BreakdownTaskView, SuggestBreakdownResult } from './types';

export type Load = { kind: 'loading' } | { kind: 'failed'; failure: ResolverFailure } | { kind: 'ready'; result: SuggestBreakdownResult };

/**
 * The server's proposal for the issue, and the user's edits of it: `suggest` asks again (with a goal and an
 * engine), the task operations edit the proposal in place.
 */
export function useSuggestion(ready: boolean, issueKey: string | undefined, newTaskSummary: string) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [goal, setGoal] = useState('');
  const [engine, setEngine] = useState<BreakdownEngine>('patterns');
  const [tasks, setTasks] = useState<BreakdownTaskView[]>([]);

  const suggest = useCallback(
    async (goalText?: string, chosen: BreakdownEngine = 'patterns') => {
      if (!issueKey) return;
      setLoad({ kind: 'loading' });
      try {
        const result = await invoke('suggestBreakdown', { issueKey, engine: chosen, ...(goalText ? { goalText } : {}) });
        setLoad({ kind: 'ready', result });
        setGoal(result.goal);
        setTasks(result.tasks);
      } catch (e) {
        setLoad({ kind: 'failed', failure: asFailure(e) });
      }
    },
    [issueKey],
  );

  useEffect(() => {
    if (ready && issueKey) void suggest();
    if (ready && !issueKey) setLoad({ kind: 'failed', failure: asFailure(new Error('issueKey')) });
  }, [ready, issueKey, suggest]);

  const update = (taskId: string, patch: Partial<BreakdownTaskView>): void =>
    setTasks((all) => all.map((x) => (x.taskId === taskId ? { ...x, ...patch } : x)));
  const remove = (taskId: string): void =>
    setTasks((all) => all.filter((x) => x.taskId !== taskId).map((x) => ({ ...x, dependsOn: x.dependsOn.filter((d) => d !== taskId) })));
  const add = (milestoneDue: string): void => setTasks((all) => [...all, newTask(all, newTaskSummary, milestoneDue)]);

  return { load, goal, setGoal, engine, setEngine, tasks, suggest, update, remove, add };
}

/** A blank task due with the milestone, under the first free `custom-<n>` id. */
function newTask(all: BreakdownTaskView[], summary: string, milestoneDue: string): BreakdownTaskView {
  let n = all.length + 1;
  while (all.some((x) => x.taskId === `custom-${n}`)) n++;
  return {
    taskId: `custom-${n}`,
    summary,
    ownerRole: 'pm',
    estimateBusinessDays: 1,
    startDate: milestoneDue,
    dueDate: milestoneDue,
    dependsOn: [],
    reasons: [],
  };
}
