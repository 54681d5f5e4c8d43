import type { ReactNode } from 'react';
import type { ListRisksResult, RiskStatus } from '../../../src/contracts/risks';
import type * as costCategories from '../../../src/wording/catalog/cost-categories';
import type { RiskWords } from '../../../src/wording/catalog/risks';
import { PeopleOptions, type Person } from '../../kit/people';
import { FieldError, type FieldErrors } from './FieldError';
import { CATEGORIES, fieldId, LEVELS, STATUSES, type Draft, type SetDraft } from './risk-draft';

/** What every field of the risk editor gets: its words, the draft, its errors, and its input's accessibility props. */
export interface FieldProps {
  w: RiskWords;
  d: Draft;
  set: SetDraft;
  errors: FieldErrors;
  aria: (field: string) => Record<string, unknown>;
}

export function Field(p: { field: string; label: string; hint: string; errors: FieldErrors; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(p.field)}>
        {p.label} <span className="muted">{p.hint}</span>
      </label>
      {p.children}
      <FieldError id={fieldId(`${p.field}-error`)} message={p.errors[p.field]} />
    </div>
  );
}

/** A level in words (20, 50, 80 %) or an exact percentage. */
export function LikelihoodFields({ w, d, set, errors, aria }: FieldProps) {
  return (
    <>
      <Field field="likelihood" label={w.likelihood} hint={w.required} errors={errors}>
        <select className="select" value={d.level} onChange={(e) => set('level', e.target.value as Draft['level'])} {...aria('likelihood')}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {w.levels[l]}
            </option>
          ))}
          <option value="exact">{w.exactPercent}</option>
        </select>
      </Field>
      {d.level === 'exact' && (
        <Field field="percent" label={w.likelihoodPercent} hint={w.required} errors={errors}>
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            value={d.percent}
            onChange={(e) => set('percent', e.target.value)}
            {...aria('percent')}
          />
        </Field>
      )}
    </>
  );
}

/** The delay if it happens, and the campaign's tasks and milestones it falls on (as checkboxes). */
export function DelayFields({
  w,
  d,
  set,
  errors,
  aria,
  targets,
  busy,
}: FieldProps & { targets: ListRisksResult['targets']; busy: boolean }) {
  const toggle = (key: string, on: boolean): void => set('targets', on ? [...d.targets, key] : d.targets.filter((k) => k !== key));
  return (
    <>
      <Field field="impactDays" label={w.impactDaysLabel} hint={w.required} errors={errors}>
        <input
          className="input"
          type="number"
          min={0}
          max={120}
          value={d.impactDays}
          onChange={(e) => set('impactDays', e.target.value)}
          {...aria('impactDays')}
        />
      </Field>
      {Number(d.impactDays) > 0 && (
        <fieldset
          className="field"
          id={fieldId('targets')}
          tabIndex={-1}
          aria-describedby={errors.targets ? fieldId('targets-error') : undefined}
        >
          <legend>
            {w.targetsLabel} <span className="muted">{w.required}</span>
          </legend>
          <div className="risk-targets">
            {targets.map((t) => (
              <label key={t.key} className="small">
                <input
                  type="checkbox"
                  checked={d.targets.includes(t.key)}
                  onChange={(e) => toggle(t.key, e.target.checked)}
                  disabled={busy}
                />{' '}
                {t.name} <span className="muted">{t.key}</span>
              </label>
            ))}
          </div>
          <FieldError id={fieldId('targets-error')} message={errors.targets} />
        </fieldset>
      )}
    </>
  );
}

/** What the risk would cost, in the campaign's currency, and in which cost category. */
export function CostFields({ w, d, set, errors, aria, names }: FieldProps & { names: typeof costCategories.en }) {
  return (
    <>
      <Field field="impactCost" label={w.costLabel} hint={w.optional} errors={errors}>
        <input
          className="input"
          type="number"
          min={0}
          value={d.cost}
          onChange={(e) => set('cost', e.target.value)}
          {...aria('impactCost')}
        />
      </Field>
      {d.cost.trim() !== '' && (
        <Field field="category" label={w.categoryLabel} hint={w.required} errors={errors}>
          <select
            className="select"
            value={d.category}
            onChange={(e) => set('category', e.target.value as Draft['category'])}
            {...aria('category')}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {names[c]}
              </option>
            ))}
          </select>
        </Field>
      )}
    </>
  );
}

/** Who owns the risk, its mitigation and its status. */
export function OwnerFields({
  w,
  d,
  set,
  errors,
  aria,
  people,
  peopleError,
}: FieldProps & { people: Person[] | null; peopleError: string | null }) {
  return (
    <>
      <Field
        field="ownerAccountId"
        label={w.owner}
        hint={w.required}
        errors={{ ...errors, ownerAccountId: errors.ownerAccountId ?? peopleError ?? undefined }}
      >
        <select className="select" value={d.owner} onChange={(e) => set('owner', e.target.value)} aria-required {...aria('ownerAccountId')}>
          <option value="">{people === null ? w.loadingPeople : w.choosePerson}</option>
          <PeopleOptions people={people ?? []} />
        </select>
      </Field>
      <Field field="mitigation" label={w.mitigation} hint={w.optional} errors={errors}>
        <textarea
          className="textarea"
          rows={2}
          maxLength={2000}
          value={d.mitigation}
          onChange={(e) => set('mitigation', e.target.value)}
          {...aria('mitigation')}
        />
      </Field>
      <Field field="status" label={w.status} hint={w.required} errors={errors}>
        <select className="select" value={d.status} onChange={(e) => set('status', e.target.value as RiskStatus)} {...aria('status')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {w.statuses[s]}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** The error no field shows, and the form's buttons. */
export function FormActions({
  w,
  error,
  busy,
  onCancel,
}: {
  w: RiskWords;
  error: string | undefined;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <p className="field__error small" role="alert">
          {error}
        </p>
      )}
      <div className="gate__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? w.saving : w.save}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {w.cancel}
        </button>
      </div>
    </>
  );
}
