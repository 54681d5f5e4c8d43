import type { SubmitEvent } from 'react';
import { BriefPicker } from './BriefPicker';
import { TemplateCards } from './TemplateCards';
import type { Strings } from './i18n';
import type { Loaded } from './useLoad';
import { CURRENCIES, type SetupCurrency, type SetupErrors, type SetupValues } from './setup-values';
import type { HolidayCalendar, ListBriefsResult, TemplateSummary } from './types';

interface Props {
  t: Strings;
  templates: TemplateSummary[];
  briefs: Loaded<ListBriefsResult>;
  values: SetupValues;
  errors: SetupErrors;
  busy: boolean;
  money: (amount: number, currency: string) => string;
  onChange: (next: SetupValues) => void;
  onSubmit: () => void;
  /** Only for people who may copy templates (project admins). */
  onCopyTemplate?: (template: TemplateSummary, anchorTop: number) => void;
  templateNotice?: string;
}

export function SetupForm({
  t,
  templates,
  briefs,
  values,
  errors,
  busy,
  money,
  onChange,
  onSubmit,
  onCopyTemplate,
  templateNotice,
}: Props) {
  const set = <K extends keyof SetupValues>(key: K, value: SetupValues[K]): void => onChange({ ...values, [key]: value });
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    onSubmit();
  };
  const pickTemplate = (tpl: TemplateSummary): void => {
    const currency = (CURRENCIES as readonly string[]).includes(tpl.referenceBudget.currency)
      ? (tpl.referenceBudget.currency as SetupCurrency)
      : values.currency;
    // The template's reference budget is a sensible start until the PM types their own.
    const budget = values.budgetAmount.trim() === '' ? { budgetAmount: String(tpl.referenceBudget.amount), currency } : {};
    onChange({ ...values, templateId: tpl.id, ...budget });
  };
  const invalid = (field: keyof SetupErrors) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${field.replace('.', '-')}-error` } : {};
  const fieldError = (field: keyof SetupErrors) =>
    errors[field] && (
      <p id={`${field.replace('.', '-')}-error`} className="field__error">
        {errors[field]}
      </p>
    );

  return (
    <form className="card setup" onSubmit={submit} noValidate aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="card__title">
        {t.stepSetup}
      </h2>
      <TemplateCards
        t={t}
        templates={templates}
        selected={values.templateId}
        error={errors.templateId}
        money={money}
        onSelect={pickTemplate}
        onCopy={onCopyTemplate}
        notice={templateNotice}
      />
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
              {...invalid('budget.amount')}
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
          {fieldError('budget.amount')}
        </div>
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
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.previewing : t.preview}
        </button>
      </div>
    </form>
  );
}
