import type { ReactNode } from 'react';
import { BriefPicker } from './BriefPicker';
import type { Strings } from './i18n';
import { CURRENCIES, type SetupCurrency, type SetupErrors, type SetupValues } from './setup-values';
import type { HolidayCalendar, ListBriefsResult } from './types';
import type { Loaded } from './useLoad';

type Set = <K extends keyof SetupValues>(key: K, value: SetupValues[K]) => void;
type Invalid = { 'aria-invalid'?: true; 'aria-describedby'?: string };

/** The amount and its currency, side by side under one label. */
function BudgetField({
  t,
  values,
  set,
  invalid,
  error,
}: {
  t: Strings;
  values: SetupValues;
  set: Set;
  invalid: Invalid;
  error: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor="budget-amount">
        {t.budget}
      </label>
      <div className="input-group">
        <input
          id="budget-amount"
          className="input input--amount"
          inputMode="decimal"
          value={values.budgetAmount}
          onChange={(e) => set('budgetAmount', e.target.value)}
          {...invalid}
        />
        <label className="visually-hidden" htmlFor="budget-currency">
          {t.currency}
        </label>
        <select
          id="budget-currency"
          className="input input--currency"
          value={values.currency}
          onChange={(e) => set('currency', e.target.value as SetupCurrency)}
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      {error}
    </div>
  );
}

interface Props {
  t: Strings;
  briefs: Loaded<ListBriefsResult>;
  values: SetupValues;
  errors: SetupErrors;
  set: Set;
}

/** Launch date, budget, holidays, name and brief; a field the checks or the server refused says why under it. */
export function SetupFields({ t, briefs, values, errors, set }: Props) {
  const invalid = (field: keyof SetupErrors): Invalid =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${field.replace('.', '-')}-error` } : {};
  const fieldError = (field: keyof SetupErrors) =>
    errors[field] && (
      <p id={`${field.replace('.', '-')}-error`} className="field__error">
        {errors[field]}
      </p>
    );
  return (
    <div className="fields-row">
      <div className="field">
        <label className="field__label" htmlFor="launch-date">
          {t.launchDate}
        </label>
        <input
          id="launch-date"
          className="input"
          type="date"
          required
          value={values.launchDate}
          onChange={(e) => set('launchDate', e.target.value)}
          {...invalid('launchDate')}
        />
        {fieldError('launchDate')}
      </div>
      <BudgetField t={t} values={values} set={set} invalid={invalid('budget.amount')} error={fieldError('budget.amount')} />
      <div className="field">
        <label className="field__label" htmlFor="holidays">
          {t.holidays}
        </label>
        <select
          id="holidays"
          className="input"
          value={values.holidayCalendar}
          onChange={(e) => set('holidayCalendar', e.target.value as HolidayCalendar)}
        >
          <option value="FR">{t.holidaysFR}</option>
          <option value="US">{t.holidaysUS}</option>
        </select>
      </div>
      <div className="field field--wide">
        <label className="field__label" htmlFor="campaign-name">
          {t.campaignName}
        </label>
        <input id="campaign-name" className="input" maxLength={200} value={values.name} onChange={(e) => set('name', e.target.value)} />
      </div>
      <BriefPicker t={t} briefs={briefs} value={values.brief} error={errors.briefPageId} onChange={(brief) => set('brief', brief)} />
    </div>
  );
}
