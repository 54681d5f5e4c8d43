import type { Strings } from './i18n';
import type { CreationState } from './useCreation';
import type { BreakdownTaskView } from './types';

interface Props {
  t: Strings;
  state: CreationState;
  summaries: BreakdownTaskView[];
  /** The milestone's name. */
  milestone: string;
  onResume: () => void;
}

/** Progress of the creation job, the issues it created, or why it stopped (with a resume that never duplicates). */
export function CreationStatus({ t, state, summaries, milestone, onResume }: Props) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'running') {
    return (
      <p className="muted" role="status">
        {t.creating(state.job?.createdIssues ?? 0, state.job?.totalIssues ?? summaries.length)}
      </p>
    );
  }
  if (state.kind === 'failed') {
    const messages = [...(state.job?.errors.map((e) => e.message) ?? []), ...(state.failure ? [state.failure.message] : [])];
    return (
      <section className="notice" role="alert">
        <h2>{t.failedTitle}</h2>
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onResume}>
          {t.resume}
        </button>
      </section>
    );
  }
  const { job, created } = state;
  const rows = Object.entries(job.issueKeys).filter(([, key]) => key !== created.epicKey && key !== created.milestoneKey);
  const summaryOf = (rowId: string): string => summaries.find((s) => rowId.slice(rowId.indexOf('-') + 1) === s.taskId)?.summary ?? rowId;
  return (
    <section className="notice notice--success" role="status" aria-labelledby="created-heading">
      <h2 id="created-heading">{t.createdTitle(rows.length)}</h2>
      <p>{t.createdBody(milestone)}</p>
      <ul className="created">
        {rows.map(([rowId, key]) => (
          <li key={key}>
            <a href={`/browse/${encodeURIComponent(key)}`} target="_top">
              {key}
            </a>{' '}
            {summaryOf(rowId)}
          </li>
        ))}
      </ul>
    </section>
  );
}
