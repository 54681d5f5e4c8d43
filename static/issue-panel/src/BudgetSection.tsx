import { nameOf } from '../../kit/labels';
import { BurnChart } from './BurnChart';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Section } from './Section';
import type { BudgetBurn } from './types';

function Figure({ label, value, hint, tone }: { label: string; value: string; hint?: string; tone?: 'danger' | 'warning' }) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`}>
      <dt className="figure__label">{label}</dt>
      <dd className="figure__value">{value}</dd>
      {hint && <dd className="figure__hint">{hint}</dd>}
    </div>
  );
}

/** A share bar: how much of the planned budget `value` is, capped visually at 100 % (the text says the truth). */
function Share({ value, of, label }: { value: number; of: number; label: string }) {
  const ratio = of > 0 ? value / of : 0;
  return (
    <span className="share" role="img" aria-label={label}>
      <span
        className={`share__fill${ratio > 1 ? ' share__fill--over' : ''}`}
        style={{ width: `${Math.min(100, Math.round(ratio * 100))}%` }}
      />
    </span>
  );
}

export function BudgetSection({ t, f, budget }: { t: Strings; f: Formatters; budget: BudgetBurn }) {
  const overForecast = budget.forecastAtCompletion !== null && budget.forecastAtCompletion > budget.planned;
  const spent = f.percent(budget.percentSpent);
  return (
    <Section id="budget" title={t.budget}>
      {budget.alerts.includes('budget_100') ? (
        <p className="banner banner--danger" role="note">
          {t.alert100(spent)}
        </p>
      ) : budget.alerts.includes('budget_80') ? (
        <p className="banner banner--warning" role="note">
          {t.alert80(spent)}
        </p>
      ) : null}
      <dl className="figures">
        <Figure label={t.planned} value={f.money(budget.planned)} />
        <Figure label={t.committed} value={f.money(budget.committed)} />
        <Figure
          label={t.actual}
          value={f.money(budget.actual)}
          hint={spent}
          tone={budget.alerts.includes('budget_100') ? 'danger' : budget.alerts.includes('budget_80') ? 'warning' : undefined}
        />
        <Figure label={t.remaining} value={f.money(budget.remaining)} tone={budget.remaining < 0 ? 'danger' : undefined} />
        <Figure
          label={t.forecast}
          value={budget.forecastAtCompletion === null ? '—' : f.money(budget.forecastAtCompletion)}
          hint={
            budget.forecastAtCompletion !== null && budget.cpi !== null
              ? t.forecastHint(f.number(budget.cpi), f.money(budget.earnedValue))
              : undefined
          }
          tone={overForecast ? 'danger' : undefined}
        />
      </dl>
      {budget.forecastNote !== 'ok' && <p className="note">{t.forecastNote[budget.forecastNote]}</p>}
      <div className="progress" aria-hidden="true">
        <span
          className="progress__bar progress__bar--work"
          style={{ width: `${Math.min(100, Math.round(budget.percentComplete * 100))}%` }}
        />
        <span
          className={`progress__bar progress__bar--spend${budget.percentSpent > 1 ? ' progress__bar--over' : ''}`}
          style={{ width: `${Math.min(100, Math.round(budget.percentSpent * 100))}%` }}
        />
      </div>
      <p className="muted small">{t.workDone(f.percent(budget.percentComplete), spent)}</p>
      <BurnChart t={t} f={f} budget={budget} />
      <div className="split">
        {budget.byCategory.length > 0 && (
          <table className="table">
            <caption className="subheading">{t.byCategory}</caption>
            <thead>
              <tr>
                <th scope="col">{t.category}</th>
                <th scope="col" className="num">
                  {t.planned}
                </th>
                <th scope="col" className="num">
                  {t.committed}
                </th>
                <th scope="col" className="num">
                  {t.actual}
                </th>
              </tr>
            </thead>
            <tbody>
              {budget.byCategory.map((c) => (
                <tr key={c.category}>
                  <th scope="row">{nameOf(t.categories, c.category)}</th>
                  <td className="num">{f.money(c.planned)}</td>
                  <td className="num">{f.money(c.committed)}</td>
                  <td className="num">{f.money(c.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {budget.byMilestone.length > 0 && (
          <table className="table">
            <caption className="subheading">{t.byMilestone}</caption>
            <thead>
              <tr>
                <th scope="col">{t.milestone}</th>
                <th scope="col" className="num">
                  {t.planned}
                </th>
                <th scope="col" className="num">
                  {t.actual}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t.spentShare}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {budget.byMilestone.map((m) => (
                <tr key={m.milestoneKey}>
                  <th scope="row" className="clip" title={m.name}>
                    {m.name}
                  </th>
                  <td className="num">{f.money(m.planned)}</td>
                  <td className="num">{f.money(m.actual)}</td>
                  <td>
                    <Share
                      value={m.actual}
                      of={m.planned}
                      label={`${t.spentShare} ${m.planned > 0 ? f.percent(m.actual / m.planned) : '—'}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Section>
  );
}
