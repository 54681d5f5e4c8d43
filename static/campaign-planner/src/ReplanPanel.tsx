import { useState, type SubmitEvent } from 'react';
import { DetailCard } from './DetailCard';
import { FailureBanner } from './FailureBanner';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { ReplanTable } from './ReplanTable';
import { ConflictsSection } from '../../kit/ConflictsSection';
import type { CampaignSummary } from './types';
import { useReplan } from './useReplan';

interface Props {
  t: Strings;
  f: Formatters;
  campaign: CampaignSummary;
  /** After the changes were applied: the list shows the new launch date. */
  onApplied: () => void;
  onClose: () => void;
}

export function ReplanPanel({ t, f, campaign, onApplied, onClose }: Props) {
  const [date, setDate] = useState(campaign.launchDate);
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const { state, preview, apply } = useReplan(campaign.epicKey);
  const shown = state.shown;
  const stale = shown !== undefined && shown.launchDate !== date;
  const moving = shown?.result.changes.filter((c) => !c.done).length ?? 0;
  const kept = (shown?.result.changes.length ?? 0) - moving;

  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const missing = date === '' ? t.required(t.newLaunch) : undefined;
    setDateError(missing);
    if (!missing) preview(date);
  };
  const canApply = shown !== undefined && !stale && !state.busy && moving > 0 && state.applied === undefined;

  return (
    <DetailCard t={t} title={t.replanHeading(campaign.name)} hint={t.replanHint} testId="replan-panel" onClose={onClose}>
      <form className="replan__form" onSubmit={submit} noValidate>
        <dl className="facts facts--inline">
          <div>
            <dt>{t.currentLaunch}</dt>
            <dd>{f.date(campaign.launchDate)}</dd>
          </div>
        </dl>
        <div className="field">
          <label className="field__label" htmlFor="replan-date">
            {t.newLaunch}
          </label>
          <input
            id="replan-date"
            className="input"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'replan-date-error' : undefined}
          />
          {dateError && (
            <p id="replan-date-error" className="field__error">
              {dateError}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={state.busy !== undefined}>
          {state.busy === 'preview' ? t.computing : t.showChanges}
        </button>
      </form>
      {state.failure && <FailureBanner t={t} failure={state.failure} />}
      {state.applied !== undefined && shown && (
        <div className="banner banner--success" role="status" data-testid="replan-applied">
          <p className="banner__title">{t.appliedCount(state.applied, f.date(shown.launchDate))}</p>
        </div>
      )}
      {shown && (
        <div className="section" aria-busy={state.busy !== undefined}>
          {state.applied === undefined && (
            <div className="toolbar">
              <div>
                <p className="section__title" role="status">
                  {moving === 0 ? t.noChanges : t.changesSummary(moving, kept)}
                </p>
                {stale && <p className="section__hint">{t.staleChanges}</p>}
              </div>
              {moving > 0 && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!canApply}
                  onClick={() => apply(shown.launchDate, onApplied)}
                >
                  {state.busy === 'apply' ? t.applying : t.applyReplan}
                </button>
              )}
            </div>
          )}
          {shown.result.conflicts && <ConflictsSection lang={t.lang} conflicts={shown.result.conflicts} id="replan-conflicts" />}
          {shown.result.changes.length > 0 && <ReplanTable t={t} f={f} changes={shown.result.changes} />}
        </div>
      )}
    </DetailCard>
  );
}
