import { useMemo, useState } from 'react';
import { view } from '@forge/bridge';
import { dayInWords } from '../../../src/wording/format';
import { useForgeContext } from '../../kit/context';
import { CreationStatus } from './CreationStatus';
import { closeModal, Failure } from './Failure';
import { GoalForm } from './GoalForm';
import { MilestonePicker } from './MilestonePicker';
import { stringsFor, type Strings } from './i18n';
import { TaskTable } from './TaskTable';
import type { BreakdownTaskView, SuggestBreakdownResult } from './types';
import { useCreation, type CreationState } from './useCreation';
import { useSuggestion } from './useSuggestion';
import { openWarnings, Warnings } from './Warnings';

/** The whole modal: goal and engine, the editable task table, and creation with its progress. */
export function App() {
  const { ready, context } = useForgeContext();
  const t = stringsFor(context.locale);
  const issueKey = context.issueKey;
  const s = useSuggestion(ready, issueKey, t.newTask);
  const creation = useCreation(issueKey ?? '');
  const { load } = s;
  return (
    <main className="modal" lang={t.lang}>
      <h1 className="modal__title">{t.title}</h1>
      {load.kind === 'loading' && (
        <p className="muted" role="status">
          {ready ? t.thinking : t.loading}
        </p>
      )}
      {load.kind === 'failed' && (
        <Failure t={t} failure={load.failure} onRetry={() => void s.suggest(s.goal || undefined, s.engine, s.milestoneKey)} />
      )}
      {load.kind === 'ready' && <Proposal t={t} result={load.result} s={s} creation={creation} />}
    </main>
  );
}

interface ProposalProps {
  t: Strings;
  result: SuggestBreakdownResult;
  s: ReturnType<typeof useSuggestion>;
  creation: ReturnType<typeof useCreation>;
}

/** The proposal once loaded: where it goes, the goal, the tasks, their warnings and the creation. */
function Proposal({ t, result, s, creation: { state: creation, create, resume } }: ProposalProps) {
  const { tasks } = s;
  const [formError, setFormError] = useState<string>();
  const busy = creation.kind === 'running' || creation.kind === 'done';
  const warnings = useMemo(() => openWarnings(s.warnings, tasks), [s.warnings, tasks]);
  const due = dayInWords(t.lang, result.milestone.dueDate);
  const milestoneName = result.milestone.summary;
  const submit = (): void => {
    if (tasks.some((x) => !x.summary.trim())) {
      setFormError(t.summaryRequired);
      return;
    }
    setFormError(undefined);
    create(tasks, s.milestoneKey);
  };
  return (
    <>
      <p className="lead">{result.target === 'epic' ? t.onEpic(milestoneName, due) : t.onMilestone(milestoneName, due)}</p>
      <MilestonePicker t={t} milestones={result.milestones} value={s.milestoneKey} disabled={busy} onPick={s.pickMilestone} />
      <GoalForm
        t={t}
        goal={s.goal}
        engine={s.engine}
        aiAvailable={result.aiAvailable}
        busy={busy}
        onGoal={s.setGoal}
        onEngine={s.setEngine}
        onSuggest={() => void s.suggest(s.goal, s.engine, s.milestoneKey)}
      />
      <section aria-labelledby="tasks-heading" className="section">
        <h2 id="tasks-heading">{t.tasksHeading(tasks.length)}</h2>
        <Rescheduling t={t} state={s.rescheduling} />
        <TaskTable t={t} tasks={tasks} people={result.people} disabled={busy} onChange={s.update} onRemove={s.remove} />
        <div>
          <button type="button" className="button" disabled={busy} onClick={() => s.add(result.milestone.dueDate)}>
            {t.add}
          </button>
        </div>
      </section>
      <Warnings t={t} warnings={warnings} tasks={tasks} />
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <CreationStatus t={t} state={creation} summaries={tasks} milestone={milestoneName} onResume={() => resume(tasks, s.milestoneKey)} />
      <ModalActions t={t} creation={creation} tasks={tasks} busy={busy} onCreate={submit} />
    </>
  );
}

/** The new dates on their way, or why they did not come (the dates shown are then the previous ones). */
function Rescheduling({ t, state }: { t: Strings; state: ReturnType<typeof useSuggestion>['rescheduling'] }) {
  if (state === undefined) return null;
  if (state === 'busy')
    return (
      <p className="muted small" role="status">
        {t.rescheduling}
      </p>
    );
  return (
    <p className="error" role="alert">
      {state.message}
    </p>
  );
}

interface ActionsProps {
  t: Strings;
  creation: CreationState;
  tasks: BreakdownTaskView[];
  busy: boolean;
  onCreate: () => void;
}

function ModalActions({ t, creation, tasks, busy, onCreate }: ActionsProps) {
  return (
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
          <button type="button" className="button button--primary" disabled={busy || tasks.length === 0} onClick={onCreate}>
            {t.create(tasks.length)}
          </button>
        </>
      )}
    </footer>
  );
}
