import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { BreakdownTaskView, Load, PlanWarning } from './types';

/** The tasks as the server schedules them: no reasons, and a summary even while the user has cleared one. */
const forServer = (tasks: BreakdownTaskView[]) =>
  tasks.map(({ reasons: _reasons, ...t }) => ({ ...t, summary: t.summary.trim() || t.taskId }));

export type RescheduleState = ResolverFailure | 'busy' | undefined;

/**
 * Asks `rescheduleBreakdown` for new dates after an estimate or the milestone changed, and applies the latest
 * answer only (to the tasks still there, keeping the user's other edits), with its warnings and milestone.
 */
export function useReschedule(
  issueKey: string | undefined,
  setTasks: Dispatch<SetStateAction<BreakdownTaskView[]>>,
  setWarnings: Dispatch<SetStateAction<PlanWarning[]>>,
  setLoad: Dispatch<SetStateAction<Load>>,
) {
  const [state, setRescheduling] = useState<RescheduleState>();
  const asked = useRef(0);
  /** New dates from the server for `edited`; only the latest request's answer is applied, to the tasks still there. */
  const run = (edited: BreakdownTaskView[], changedTaskId: string | undefined, milestone: string | undefined): void => {
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

  return { state, run };
}
