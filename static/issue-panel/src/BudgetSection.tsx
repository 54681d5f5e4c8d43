import type { ReactNode } from 'react';
import { BudgetTables } from './BudgetTables';
import { BurnChart } from './BurnChart';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { Section } from './Section';
import { Tip } from './Tip';
import type { BudgetBurn } from './types';

function Figure({ label, value, hint, tone }: { label: string; value: string; hint?: ReactNode; tone?: 'danger' | 'warning' }) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`}>
      <dt className="figure__label">{label}</dt>
      <dd className="figure__value">{value}</dd>
      {hint && <dd className="figure__hint">{hint}</dd>}
    </div>
  );
}

/** The 80 % and 100 % alerts, as a banner above the figures. */
function BudgetAlert({ t, budget, spent }: { t: Strings; budget: BudgetBurn; spent: string }) {
  return budget.alerts.includes('budget_100') ? (
    <p className="banner banner--danger" role="note">
      {t.alert100(spent)}
    </p>
  ) : budget.alerts.includes('budget_80') ? (
    <p className="banner banner--warning" role="note">
      {t.alert80(spent)}
    </p>
  ) : null;
}

/** The budget bar: work done (top stripe) and budget spent (bottom stripe), with its legend in words. */
function BudgetBar({ t, f, budget }: { t: Strings; f: Formatters; budget: BudgetBurn }) {
  const over = budget.percentSpent > 1;
  const width = (ratio: number): string => `${Math.min(100, Math.round(ratio * 100))}%`;
  return (
    <div className="budget-bar" data-testid="budget-bar">
      <div className="progress" aria-hidden="true">
        <span className="progress__bar progress__bar--work" style={{ width: width(budget.percentComplete) }} />
        <span
          className={`progress__bar progress__bar--spend${over ? ' progress__bar--over' : ''}`}
          style={{ width: width(budget.percentSpent) }}
        />
      </div>
      <ul className="legend" data-testid="budget-bar-legend">
        <li>
          <span className={`legend__swatch legend__swatch--spend${over ? ' legend__swatch--over' : ''}`} aria-hidden="true" />
          {t.barSpent(f.percent(budget.percentSpent))}
        </li>
        <li>
          <span className="legend__swatch legend__swatch--work" aria-hidden="true" />
          {t.barWork(f.percent(budget.percentComplete))}
        </li>
      </ul>
    </div>
  );
}

/** Under the expected final cost: the spending pace in words, and how the cost is computed (EAC, CPI) in a tooltip. */
function paceHint(t: Strings, f: Formatters, budget: BudgetBurn): ReactNode {
  if (budget.forecastAtCompletion === null || budget.cpi === null) return undefined;
  return (
    <Tip tip={t.finalCostTip(f.number(budget.cpi), f.money(budget.earnedValue))} className="tip--dotted">
      {t.spendPace(budget.cpi)}
    </Tip>
  );
}

export function BudgetSection({ t, f, budget }: { t: Strings; f: Formatters; budget: BudgetBurn }) {
  const overForecast = budget.forecastAtCompletion !== null && budget.forecastAtCompletion > budget.planned;
  const spent = f.percent(budget.percentSpent);
  return (
    <Section id="budget" title={t.budget}>
      <BudgetAlert t={t} budget={budget} spent={spent} />
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
          hint={paceHint(t, f, budget)}
          tone={overForecast ? 'danger' : undefined}
        />
      </dl>
      {budget.forecastNote !== 'ok' && <p className="note">{t.forecastNote[budget.forecastNote]}</p>}
      <BudgetBar t={t} f={f} budget={budget} />
      <BurnChart t={t} f={f} budget={budget} />
      <BudgetTables t={t} f={f} budget={budget} />
    </Section>
  );
}
