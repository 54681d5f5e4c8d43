import { PeopleOptions, type Person } from '../../kit/people';
import { FieldError } from './FieldError';
import type { SignOffStrings } from './signoff-strings';

interface Props {
  s: SignOffStrings;
  /** The select's id; its error's is `<id>-error`. */
  id: string;
  value: string;
  onChange: (accountId: string) => void;
  /** The people are still loading: the select waits. */
  loading: boolean;
  candidates: readonly Person[];
  error: string | undefined;
  /** Why the people could not be listed. */
  peopleError: string | undefined;
  disabled: boolean;
}

/** Whom the approver hands their decision to (anyone but themselves). */
export function DelegatePersonField({ s, id, value, onChange, loading, candidates, error, peopleError, disabled }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {s.delegateTo} <span className="muted">{s.required}</span>
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        disabled={disabled || loading}
        autoFocus
      >
        <option value="">{loading ? s.loadingPeople : s.choosePerson}</option>
        <PeopleOptions people={candidates} />
      </select>
      <FieldError id={`${id}-error`} message={error ?? peopleError} />
    </div>
  );
}
