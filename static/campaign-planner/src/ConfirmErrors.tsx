import { useEffect, useRef } from 'react';
import { guardWords } from '../../../src/wording/catalog/plan-guards';
import type { Strings } from './i18n';
import type { PlanWarning } from './types';

interface Props {
  t: Strings;
  errors: PlanWarning[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second, explicit confirmation a plan with errors needs: every error listed, then "create anyway" or back. */
export function ConfirmErrors({ t, errors, onConfirm, onCancel }: Props) {
  const w = guardWords(t.lang);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="banner banner--danger" role="alertdialog" aria-labelledby="confirm-errors-heading" data-testid="confirm-errors">
      <h3 id="confirm-errors-heading" className="banner__title" tabIndex={-1} ref={heading}>
        {w.confirmTitle({ errors: errors.length })}
      </h3>
      <p>{w.confirmBody}</p>
      <ul className="warnings">
        {errors.map((e, i) => (
          <li key={`${e.rowId ?? ''}-${i}`} className="warnings__item">
            {e.message}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button--danger" onClick={onConfirm} data-testid="confirm-create">
          {w.confirmCreate}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {w.confirmCancel}
        </button>
      </div>
    </section>
  );
}
