import { guardWords } from '../../../src/wording/catalog/plan-guards';
import type { Strings } from './i18n';
import type { PlanWarning } from './types';

interface Props {
  t: Strings;
  warnings: PlanWarning[];
  /** rowId (row, gate or KPI) → what to call it. */
  nameOf: (id: string) => string | undefined;
}

/** Kinds that make the plan wrong come first and open; the rest (who does it, brief differences) start folded. */
const ORDER: PlanWarning['kind'][] = [
  'in_past',
  'cannot_fit',
  'separation_of_duties',
  'not_permitted',
  'dependency_violated',
  'after_milestone',
  'budget',
  'remark',
  'brief',
  'no_assignee',
];
/** Every kind before the brief differences opens (the rest start folded). */
const OPEN: ReadonlySet<PlanWarning['kind']> = new Set(ORDER.slice(0, ORDER.indexOf('brief')));

/** The plan's warnings, grouped by kind, each naming what it is about and the server's reason. */
export function Warnings({ t, warnings, nameOf }: Props) {
  if (warnings.length === 0) {
    return (
      <p className="banner banner--success" role="status">
        {t.noWarnings}
      </p>
    );
  }
  const w = guardWords(t.lang);
  const errors = warnings.filter((x) => x.severity === 'error').length;
  const groups = ORDER.map((kind) => ({ kind, items: warnings.filter((w) => w.kind === kind) })).filter((g) => g.items.length > 0);
  return (
    <section className="banner banner--warning" aria-labelledby="warnings-heading" data-testid="plan-warnings">
      <h3 id="warnings-heading" className="banner__title">
        {t.warningsTitle(warnings.length)}
      </h3>
      {errors > 0 && (
        <p className="warnings__counts" data-testid="plan-error-count">
          {w.counts({ errors, warnings: warnings.length - errors })}
        </p>
      )}
      {groups.map(({ kind, items }) => (
        <details key={kind} className="warning-group" open={OPEN.has(kind) || groups.length === 1}>
          <summary>
            <span className={`lozenge lozenge--${OPEN.has(kind) ? 'warning' : 'subtle'}`}>{t.warningKinds[kind]}</span>{' '}
            <span className="warning-group__count">{items.length}</span>
          </summary>
          <ul className="warnings">
            {items.map((item, i) => {
              const about = item.rowId ? (nameOf(item.rowId) ?? item.rowId) : undefined;
              return (
                <li
                  key={`${item.rowId ?? ''}-${i}`}
                  className={`warnings__item${item.severity === 'error' ? ' warnings__item--error' : ''}`}
                >
                  {item.severity === 'error' && <span className="lozenge lozenge--danger">{w.errorLabel}</span>}{' '}
                  {about && <strong className="warnings__about">{about}</strong>}
                  <span className="warnings__message">{item.message}</span>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </section>
  );
}
