import { channelName } from '../../../src/wording/catalog/channels';
import type { Strings } from './i18n';
import type { TemplateSummary } from './types';

interface Props {
  t: Strings;
  templates: TemplateSummary[];
  selected?: string;
  error?: string;
  money: (amount: number, currency: string) => string;
  onSelect: (template: TemplateSummary) => void;
  /** Project admins may copy a template; `anchorTop` is where the button is, for placing the dialog. */
  onCopy?: (template: TemplateSummary, anchorTop: number) => void;
  /** A short confirmation shown above the cards (e.g. after a copy). */
  notice?: string;
}

/** A radio group drawn as cards: arrow keys move between templates like any radio group. */
export function TemplateCards({ t, templates, selected, error, money, onSelect, onCopy, notice }: Props) {
  return (
    <fieldset className="templates" aria-describedby={error ? 'template-error' : undefined}>
      <legend className="field__label">{t.template}</legend>
      {notice && (
        <p className="banner banner--success templates__notice" role="status" data-testid="template-notice">
          {notice}
        </p>
      )}
      <div className="templates__grid">
        {templates.map((tpl) => (
          <div key={tpl.id} className={`template-card${selected === tpl.id ? ' template-card--selected' : ''}`} data-template-id={tpl.id}>
            <label className="template-card__main">
              <input
                type="radio"
                name="template"
                value={tpl.id}
                checked={selected === tpl.id}
                onChange={() => onSelect(tpl)}
                className="template-card__radio"
              />
              <span className="template-card__name">
                {tpl.name[t.lang]}
                {tpl.builtIn && <span className="lozenge lozenge--subtle">{t.builtIn}</span>}
              </span>
              <span className="template-card__description">{tpl.description[t.lang]}</span>
              <span className="template-card__meta">{t.counts(tpl.counts)}</span>
              <span className="template-card__meta">
                {t.referenceBudget}
                {t.colon}
                {money(tpl.referenceBudget.amount, tpl.referenceBudget.currency)}
              </span>
              {tpl.channels.length > 0 && (
                <span className="chips" aria-label={t.channels}>
                  {tpl.channels.map((c) => (
                    <span key={c} className="chip">
                      {channelName(t.lang, c)}
                    </span>
                  ))}
                </span>
              )}
            </label>
            {onCopy && (
              <div className="template-card__footer">
                <button
                  type="button"
                  className="button button--subtle button--small"
                  aria-label={t.copyOf(tpl.name[t.lang])}
                  onClick={(e) => onCopy(tpl, e.currentTarget.getBoundingClientRect().top + window.scrollY)}
                >
                  <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" className="button__icon">
                    <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
                    <path
                      d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="1.5"
                    />
                  </svg>
                  {t.copy}
                </button>
              </div>
            )}
          </div>
        ))}
      </div>
      {error && (
        <p id="template-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
