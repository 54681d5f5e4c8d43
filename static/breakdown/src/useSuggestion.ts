import { useCallback, useEffect, useState } from 'react';
import { asFailure, invoke } from './api';
import { useReschedule } from './useReschedule';
import type { BreakdownEngine, BreakdownTaskView, Load, PlanWarning } from './types';

export type { Load } from './types';

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

  const reschedule = useReschedule(issueKey, setTasks, setWarnings, setLoad);
  const update = (taskId: string, patch: Partial<BreakdownTaskView>): void => {
    const edited = tasks.map((x) => (x.taskId === taskId ? { ...x, ...patch } : x));
    setTasks(edited);
    if (patch.estimateBusinessDays !== undefined) reschedule.run(edited, taskId, milestoneKey);
  };
  const pickMilestone = (key: string): void => {
    setMilestoneKey(key);
    reschedule.run(tasks, undefined, key);
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
    rescheduling: reschedule.state,
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
