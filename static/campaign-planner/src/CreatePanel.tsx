import type { Strings } from './i18n';
import { IssueLink } from './issue-link';
import type { CreationState } from './useCreation';

interface Props {
  t: Strings;
  state: CreationState;
  issuesToCreate: number;
  campaignLabel: string;
  /** Creation needs a current plan: not while the preview is being recomputed or failed. */
  canCreate: boolean;
  onCreate: () => void;
  onRetry: () => void;
}

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="progress">
      <span className="progress__label">{label}</span>
      <progress className="progress__bar" max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={label} />
    </div>
  );
}

export function CreatePanel({ t, state, issuesToCreate, campaignLabel, canCreate, onCreate, onRetry }: Props) {
  const job = state.kind === 'polling' || state.kind === 'done' || state.kind === 'failed' ? state.job : undefined;
  const running = state.kind === 'starting' || state.kind === 'polling';
  const jql = `labels = ${campaignLabel}`;
  return (
    <section className="card create" aria-labelledby="create-heading" data-testid="create-panel">
      <h2 id="create-heading" className="card__title">
        {t.stepCreate}
      </h2>
      {state.kind === 'idle' && <p className="section__hint">{t.createHint(issuesToCreate)}</p>}
      {(running || job) && (
        <div className="create__progress" role="status" aria-live="polite">
          <p className="create__status">
            {state.kind === 'done'
              ? t.jobDone
              : state.kind === 'failed'
                ? t.jobFailed
                : job?.state === 'running'
                  ? t.jobRunning
                  : t.jobQueued}
          </p>
          <Progress
            label={t.progressIssues(job?.createdIssues ?? 0, job?.totalIssues ?? issuesToCreate)}
            done={job?.createdIssues ?? 0}
            total={job?.totalIssues ?? issuesToCreate}
          />
          {job && job.totalLinks > 0 && (
            <Progress label={t.progressLinks(job.createdLinks, job.totalLinks)} done={job.createdLinks} total={job.totalLinks} />
          )}
        </div>
      )}
      {state.kind === 'failed' && (
        <div className="banner banner--danger" role="alert">
          {!job && <p className="banner__title">{t.jobFailed}</p>}
          {state.failure && <p>{state.failure.message}</p>}
          {job && job.errors.length > 0 && (
            <ul className="warnings">
              {job.errors.map((e, i) => (
                <li key={i}>
                  {e.rowId && <strong>{t.rowError(e.rowId)}: </strong>}
                  {e.field && <code>{e.field}</code>} {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.kind === 'done' && state.job.epicKey && (
        <div className="banner banner--success" data-testid="created">
          <p className="banner__title">
            {t.epic}
            {t.colon}
            <IssueLink issueKey={state.job.epicKey} testId="epic-link" />
          </p>
          <p>
            {t.findAll}
            {t.colon}
            <code className="jql">{jql}</code>
          </p>
        </div>
      )}
      <div className="actions">
        {state.kind === 'failed' ? (
          <button type="button" className="button button--primary" onClick={onRetry} disabled={!canCreate}>
            {t.retryCreate}
          </button>
        ) : (
          state.kind !== 'done' && (
            <button type="button" className="button button--primary" onClick={onCreate} disabled={!canCreate || running}>
              {running ? t.creating : t.create}
            </button>
          )
        )}
      </div>
    </section>
  );
}
