import type { Strings } from './i18n';
import type { TemplateSummary } from './types';

interface Props {
  t: Strings;
  templates: TemplateSummary[];
  selected?: string;
  error?: string;
  money: (amount: number, currency: string) => string;
  onSelect: (template: TemplateSummary) => void;
}

/** A radio group drawn as cards: arrow keys move between templates like any radio group. */
export function TemplateCards({ t, templates, selected, error, money, onSelect }: Props) {
  return (
    <fieldset className="templates" aria-describedby={error ? 'template-error' : undefined}>
      <legend className="field__label">{t.template}</legend>
      <div className="templates__grid">
        {templates.map((tpl) => (
          <label key={tpl.id} className={`template-card${selected === tpl.id ? ' template-card--selected' : ''}`}>
            <input type="radio" name="template" value={tpl.id} checked={selected === tpl.id} onChange={() => onSelect(tpl)} className="template-card__radio" />
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
                    {c}
                  </span>
                ))}
              </span>
            )}
          </label>
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

