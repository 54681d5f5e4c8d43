import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { BreakdownEngine, BreakdownTaskView, PlanWarning, SuggestBreakdownResult } from './types';

export type Load = { kind: 'loading' } | { kind: 'failed'; failure: ResolverFailure } | { kind: 'ready'; result: SuggestBreakdownResult };

/** The tasks as the server schedules them: no reasons, and a summary even while the user has cleared one. */
const forServer = (tasks: BreakdownTaskView[]) =>
  tasks.map(({ reasons: _reasons, ...t }) => ({ ...t, summary: t.summary.trim() || t.taskId }));

/**
 * The server's proposal for the issue, and the user's edits of it: `suggest` asks again (with a goal, an engine and a
 * milestone), the task operations edit the proposal in place; a new estimate or another milestone asks the server for
 * the new dates (`rescheduleBreakdown`), the latest answer winning.
 */
export function useSuggestion(ready: boolean, issueKey: string | undefined, newTaskSummary: string) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [goal, setGoal] = useState('');
  const [engine, setEngine] = useState<BreakdownEngine>('patterns');
  const [tasks, setTasks] = useState<BreakdownTaskView[]>([]);
  const [warnings, setWarnings] = useState<PlanWarning[]>([]);
  const [milestoneKey, setMilestoneKey] = useState<string>();
  const [rescheduling, setRescheduling] = useState<ResolverFailure | 'busy' | undefined>();
  const asked = useRef(0);

  const suggest = useCallback(
    async (goalText?: string, chosen: BreakdownEngine = 'patterns', milestone?: string) => {
      if (!issueKey) return;
      setLoad({ kind: 'loading' });
      try {
        const result = await invoke('suggestBreakdown', {
          issueKey,
          engine: chosen,
          ...(goalText ? { goalText } : {}),
          ...(milestone ? { milestoneKey: milestone } : {}),
        });
        setLoad({ kind: 'ready', result });
        setGoal(result.goal);
        setTasks(result.tasks);
        setWarnings(result.warnings);
        setMilestoneKey(result.milestone.key);
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

  /** New dates from the server for `edited`; only the latest request's answer is applied, to the tasks still there. */
  const reschedule = (edited: BreakdownTaskView[], changedTaskId: string | undefined, milestone: string | undefined): void => {
    if (!issueKey || edited.length === 0) return;
    const n = ++asked.current;
    setRescheduling('busy');
    invoke('rescheduleBreakdown', {
      issueKey,
      tasks: forServer(edited),
      ...(changedTaskId ? { changedTaskId } : {}),
      ...(milestone ? { milestoneKey: milestone } : {}),
    })
      .then((answer) => {
        if (n !== asked.current) return;
        const dates = new Map(answer.tasks.map((t) => [t.taskId, { startDate: t.startDate, dueDate: t.dueDate }]));
        setTasks((all) => all.map((x) => ({ ...x, ...dates.get(x.taskId) })));
        setWarnings(answer.warnings);
        setLoad((l) => (l.kind === 'ready' ? { kind: 'ready', result: { ...l.result, milestone: answer.milestone } } : l));
        setRescheduling(undefined);
      })
      .catch((e: unknown) => {
        if (n === asked.current) setRescheduling(asFailure(e));
      });
  };

  const update = (taskId: string, patch: Partial<BreakdownTaskView>): void => {
    const edited = tasks.map((x) => (x.taskId === taskId ? { ...x, ...patch } : x));
    setTasks(edited);
    if (patch.estimateBusinessDays !== undefined) reschedule(edited, taskId, milestoneKey);
  };
  const pickMilestone = (key: string): void => {
    setMilestoneKey(key);
    reschedule(tasks, undefined, key);
  };
  const remove = (taskId: string): void =>
    setTasks((all) => all.filter((x) => x.taskId !== taskId).map((x) => ({ ...x, dependsOn: x.dependsOn.filter((d) => d !== taskId) })));
  const add = (milestoneDue: string): void => setTasks((all) => [...all, newTask(all, newTaskSummary, milestoneDue)]);

  return {
    load,
    goal,
    setGoal,
    engine,
    setEngine,
    tasks,
    warnings,
    milestoneKey,
    pickMilestone,
    rescheduling,
    suggest,
    update,
    remove,
    add,
  };
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
