import { useState } from 'react';
import { ConfirmErrors } from './ConfirmErrors';
import type { Strings } from './i18n';
import { IssueLink } from '../../kit/issue-link';
import type { PlanWarning } from './types';
import type { CreationState } from './useCreation';
import type { ResolverFailure } from './api';
import type { CreationJob } from './types';

interface Props {
  t: Strings;
  state: CreationState;
  issuesToCreate: number;
  campaignLabel: string;
  /** Creation needs a current plan: not while the preview is being recomputed or failed. */
  canCreate: boolean;
  /** The plan's errors: creating it then takes a second, explicit confirmation that lists them. */
  errors: PlanWarning[];
  /** The plan's brief page, when it has one: the PM may let the app add the status macro to it. */
  hasBrief: boolean;
  /**
   * `acceptedErrorCodes`: the codes of the errors the PM saw and confirmed; `insertStatusMacro`: their consent to
   * add the campaign status macro to the brief page (off unless they tick it).
   */
  onCreate: (acceptedErrorCodes?: string[], insertStatusMacro?: boolean) => void;
  onRetry: () => void;
  /** A plan row's summary by its id, so a failed row is named as the PM knows it, never by its id. */
  rowName: (rowId: string) => string | undefined;
}

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="progress">
      <span className="progress__label">{label}</span>
      <progress className="progress__bar" max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={label} />
    </div>
  );
}

/** Why the creation failed: the resolver's refusal, or the rows the job could not create. */
interface FailedProps {
  t: Strings;
  job: CreationJob | undefined;
  failure: ResolverFailure | undefined;
  rowName: Props['rowName'];
}

function FailedBanner({ t, job, failure, rowName }: FailedProps) {
  return (
    <div className="banner banner--danger" role="alert">
      {!job && <p className="banner__title">{t.jobFailed}</p>}
      {failure && <p>{failure.message}</p>}
      {job && job.errors.length > 0 && (
        <ul className="warnings">
          {job.errors.map((e, i) => (
            <li key={i}>
              {e.rowId && (
                <strong>
                  {t.rowError(rowName(e.rowId) ?? t.unnamedRow)}
                  {t.colon}
                </strong>
              )}
              {e.field && <code>{e.field}</code>} {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The PM's consent to add the live status macro to the brief page: off until they tick it. */
function MacroConsent({
  t,
  checked,
  disabled,
  onChange,
}: {
  t: Strings;
  checked: boolean;
  disabled: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="field field--check">
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby="insert-macro-hint"
          data-testid="insert-macro"
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t.insertMacroLabel}
      </label>
      <p id="insert-macro-hint" className="section__hint">
        {t.insertMacroHint}
      </p>
    </div>
  );
}

export function CreatePanel(props: Props) {
  const { t, state, issuesToCreate, campaignLabel, canCreate, errors, hasBrief, onCreate, onRetry, rowName } = props;
  const [confirming, setConfirming] = useState(false);
  const [insertMacro, setInsertMacro] = useState(false);
  const consent = hasBrief && insertMacro;
  const askOrCreate = (): void => (errors.length > 0 ? setConfirming(true) : onCreate(undefined, consent));
  const confirmed = (): void => {
    setConfirming(false);
    onCreate([...new Set(errors.map((e) => e.code ?? e.kind))], consent);
  };
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
      {state.kind === 'failed' && <FailedBanner t={t} job={job} failure={state.failure} rowName={rowName} />}
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
      {confirming && canCreate && errors.length > 0 && (
        <ConfirmErrors t={t} errors={errors} onConfirm={confirmed} onCancel={() => setConfirming(false)} />
      )}
      {hasBrief && state.kind === 'idle' && <MacroConsent t={t} checked={insertMacro} disabled={confirming} onChange={setInsertMacro} />}
      <div className="actions">
        {state.kind === 'failed' ? (
          <button type="button" className="button button--primary" onClick={onRetry} disabled={!canCreate}>
            {t.retryCreate}
          </button>
        ) : (
          state.kind !== 'done' && (
            <button type="button" className="button button--primary" onClick={askOrCreate} disabled={!canCreate || running || confirming}>
              {running ? t.creating : t.create}
            </button>
          )
        )}
      </div>
    </section>
  );
}
