import { useCallback, useEffect, useMemo, useState } from 'react';
import { view } from '@forge/bridge';
import { asFailure, invoke, type ResolverFailure } from './api';
import { formatDay } from '../../kit/format';
import { stringsFor, type Strings } from './i18n';
import { TaskTable } from './TaskTable';
import { CreationStatus } from './CreationStatus';
import { useCreation } from './useCreation';
import { useForgeContext } from '../../kit/context';
import type { BreakdownEngine, BreakdownTaskView, PlanWarning, SuggestBreakdownResult } from './types';

type Load = { kind: 'loading' } | { kind: 'failed'; failure: ResolverFailure } | { kind: 'ready'; result: SuggestBreakdownResult };

const closeModal = (): void => void view.close().catch(() => undefined);

/** The whole modal: goal and engine, the editable task table, and creation with its progress. */
export function App() {
  const { ready, context } = useForgeContext();
  const t = stringsFor(context.locale);
  const issueKey = context.issueKey;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [goal, setGoal] = useState('');
  const [engine, setEngine] = useState<BreakdownEngine>('patterns');
  const [tasks, setTasks] = useState<BreakdownTaskView[]>([]);
  const [formError, setFormError] = useState<string>();

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

  const { state: creation, create, resume } = useCreation(issueKey ?? '');
  const busy = creation.kind === 'running' || creation.kind === 'done';

  const update = (taskId: string, patch: Partial<BreakdownTaskView>): void =>
    setTasks((all) => all.map((x) => (x.taskId === taskId ? { ...x, ...patch } : x)));
  const remove = (taskId: string): void =>
    setTasks((all) => all.filter((x) => x.taskId !== taskId).map((x) => ({ ...x, dependsOn: x.dependsOn.filter((d) => d !== taskId) })));
  const add = (milestoneDue: string): void =>
    setTasks((all) => {
      let n = all.length + 1;
      while (all.some((x) => x.taskId === `custom-${n}`)) n++;
      return [
        ...all,
        {
          taskId: `custom-${n}`,
          summary: t.newTask,
          ownerRole: 'pm',
          estimateBusinessDays: 1,
          startDate: milestoneDue,
          dueDate: milestoneDue,
          dependsOn: [],
          reasons: [],
        },
      ];
    });
  const submit = (): void => {
    if (tasks.some((x) => !x.summary.trim())) {
      setFormError(t.summaryRequired);
      return;
    }
    setFormError(undefined);
    create(tasks);
  };

  const warnings = useMemo(
    () =>
      load.kind === 'ready'
        ? load.result.warnings.filter(
            (w) => !w.rowId || tasks.some((x) => x.taskId === w.rowId && !(w.kind === 'no_assignee' && x.assigneeAccountId)),
          )
        : [],
    [load, tasks],
  );

  return (
    <main className="modal" lang={t.lang}>
      <h1 className="modal__title">{t.title}</h1>
      {load.kind === 'loading' && (
        <p className="muted" role="status">
          {ready ? t.thinking : t.loading}
        </p>
      )}
      {load.kind === 'failed' && <Failure t={t} failure={load.failure} onRetry={() => void suggest(goal || undefined, engine)} />}
      {load.kind === 'ready' && (
        <>
          <p className="lead">
            {load.result.target === 'epic'
              ? t.onEpic(load.result.milestone.key, formatDay(load.result.milestone.dueDate, context.locale))
              : t.onMilestone(formatDay(load.result.milestone.dueDate, context.locale))}
          </p>
          <form
            className="goal"
            onSubmit={(e) => {
              e.preventDefault();
              void suggest(goal, engine);
            }}
          >
            <label htmlFor="goal">{t.goal}</label>
            <textarea
              id="goal"
              className="input"
              rows={3}
              maxLength={4000}
              value={goal}
              aria-describedby="goal-help"
              disabled={busy}
              onChange={(e) => setGoal(e.target.value)}
            />
            <p id="goal-help" className="muted small">
              {t.goalHelp}
            </p>
            <div className="row">
              <label htmlFor="engine">{t.engine}</label>
              <select
                id="engine"
                className="input"
                value={engine}
                disabled={busy}
                onChange={(e) => setEngine(e.target.value as BreakdownEngine)}
              >
                <option value="patterns">{t.enginePatterns}</option>
                <option value="ai" disabled={!load.result.aiAvailable}>
                  {load.result.aiAvailable ? t.engineAi : t.engineAiOff}
                </option>
              </select>
              <button type="submit" className="button" disabled={busy}>
                {t.suggest}
              </button>
            </div>
          </form>
          <section aria-labelledby="tasks-heading" className="section">
            <h2 id="tasks-heading">{t.tasksHeading(tasks.length)}</h2>
            <TaskTable t={t} tasks={tasks} people={load.result.people} disabled={busy} onChange={update} onRemove={remove} />
            <div>
              <button type="button" className="button" disabled={busy} onClick={() => add(load.result.milestone.dueDate)}>
                {t.add}
              </button>
            </div>
          </section>
          {warnings.length > 0 && (
            <section aria-labelledby="warnings-heading" className="section warnings">
              <h2 id="warnings-heading">{t.warnings}</h2>
              <ul>
                {warnings.map((w, i) => (
                  <li key={`${w.rowId}-${w.kind}-${i}`}>{warningText(t, w, tasks)}</li>
                ))}
              </ul>
            </section>
          )}
          {formError && (
            <p className="error" role="alert">
              {formError}
            </p>
          )}
          <CreationStatus
            t={t}
            state={creation}
            summaries={tasks}
            milestoneKey={load.result.milestone.key}
            onResume={() => resume(tasks)}
          />
          <footer className="actions">
            {creation.kind === 'done' ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void view.submit({ created: Object.values(creation.job.issueKeys) }).catch(closeModal)}
              >
                {t.close}
              </button>
            ) : (
              <>
                <button type="button" className="button button--subtle" onClick={closeModal}>
                  {t.cancel}
                </button>
                <button type="button" className="button button--primary" disabled={busy || tasks.length === 0} onClick={submit}>
                  {t.create(tasks.length)}
                </button>
              </>
            )}
          </footer>
        </>
      )}
    </main>
  );
}

/** The reader's language for the warnings the modal knows; the server's own words otherwise. */
function warningText(t: Strings, w: PlanWarning, tasks: BreakdownTaskView[]): string {
  const task = tasks.find((x) => x.taskId === w.rowId);
  if (!task) return w.message;
  if (w.kind === 'no_assignee') return t.noAssignee(task.summary, t.roleNames[task.ownerRole]);
  if (w.kind === 'in_past') return t.inPast(task.summary);
  return w.message;
}

function Failure({ t, failure, onRetry }: { t: Strings; failure: ResolverFailure; onRetry: () => void }) {
  const notCampaign = failure.field === 'issueKey' && failure.code === 'INVALID_INPUT';
  return (
    <section className="notice" role="alert">
      <h2>{notCampaign ? t.notCampaignTitle : t.errorTitle}</h2>
      <p>{notCampaign ? t.notCampaignBody : failure.message}</p>
      <div className="actions">
        {!notCampaign && (
          <button type="button" className="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
        <button type="button" className="button button--subtle" onClick={closeModal}>
          {t.close}
        </button>
      </div>
    </section>
  );
}
