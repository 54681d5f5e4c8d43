import { useState, type SubmitEvent } from 'react';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { CampaignSummary } from './types';

interface Props {
  t: Strings;
  f: Formatters;
  campaign: CampaignSummary;
  date: string;
  onDate: (date: string) => void;
  busy: 'preview' | 'apply' | 'level' | undefined;
  onPreview: (date: string) => void;
}

/** The current launch date and the new one to try: submitting shows what moves. */
export function ReplanDateForm({ t, f, campaign, date, onDate, busy, onPreview }: Props) {
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const missing = date === '' ? t.required(t.newLaunch) : undefined;
    setDateError(missing);
    if (!missing) onPreview(date);
  };
  return (
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
          onChange={(e) => onDate(e.target.value)}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? 'replan-date-error' : undefined}
        />
        {dateError && (
          <p id="replan-date-error" className="field__error">
            {dateError}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={busy !== undefined}>
        {busy === 'preview' ? t.computing : t.showChanges}
      </button>
    </form>
  );
}
