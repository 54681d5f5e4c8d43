import { FormActions } from '../../kit/FormActions';
import { useState, type SubmitEvent } from 'react';
import { FieldError, placeError, type FieldErrors } from './FieldError';
import { asFailure } from '../../kit/call';
import type { SignOffStrings } from './signoff-strings';
import type { SignOffGateView } from './types';
import { PeopleOptions, usePeople } from '../../kit/people';
import type { SignOffApi } from './useSignOff';

/** A calendar day in the viewer's time zone, `days` from today, as `yyyy-MM-dd`. */
const localDay = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Lets an approver hand their decision on this gate to someone else until a day. */
export function DelegationForm({
  s,
  api,
  gate,
  onCancel,
  onDone,
}: {
  s: SignOffStrings;
  api: SignOffApi;
  gate: SignOffGateView;
  onCancel: () => void;
  onDone: (toName: string) => void;
}) {
  const { people, error: peopleError } = usePeople();
  const [to, setTo] = useState('');
  const [until, setUntil] = useState(localDay(7));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = (f: string): string => `gate-${gate.gateId}-delegate-${f}`;
  const today = localDay(0);
  const candidates = (people ?? []).filter((p) => p.accountId !== api.me);

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const found: FieldErrors = {
      ...(to ? {} : { toAccountId: s.personNeeded }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(until) && until >= today ? {} : { until: s.untilNeeded }),
    };
    if (found.toAccountId || found.until) {
      setErrors(found);
      document.getElementById(id(found.toAccountId ? 'toAccountId' : 'until'))?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await api.delegate({ gateId: gate.gateId, toAccountId: to, until, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDone(candidates.find((p) => p.accountId === to)?.displayName ?? to);
    } catch (err) {
      const failure = asFailure(err);
      setErrors(placeError(['toAccountId', 'until', 'reason'], failure.field, failure.message));
      setBusy(false);
    }
  };

  const describedBy = (f: string): string | undefined => (errors[f] ? id(`${f}-error`) : undefined);
  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('title')}>
      <p id={id('title')} className="decision-form__title">
        {s.delegateTitle(gate.name)}
      </p>
      <div className="field">
        <label htmlFor={id('toAccountId')}>
          {s.delegateTo} <span className="muted">{s.required}</span>
        </label>
        <select
          id={id('toAccountId')}
          className="select"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-required
          aria-invalid={errors.toAccountId ? true : undefined}
          aria-describedby={describedBy('toAccountId')}
          disabled={busy || people === null}
          autoFocus
        >
          <option value="">{people === null ? s.loadingPeople : s.choosePerson}</option>
          <PeopleOptions people={candidates} />
        </select>
        <FieldError id={id('toAccountId-error')} message={errors.toAccountId ?? peopleError ?? undefined} />
      </div>
      <div className="field">
        <label htmlFor={id('until')}>
          {s.until} <span className="muted">{s.required}</span>
        </label>
        <input
          id={id('until')}
          className="input"
          type="date"
          min={today}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          aria-required
          aria-invalid={errors.until ? true : undefined}
          aria-describedby={describedBy('until')}
          disabled={busy}
        />
        <FieldError id={id('until-error')} message={errors.until} />
      </div>
      <div className="field">
        <label htmlFor={id('reason')}>
          {s.reason} <span className="muted">{s.optional}</span>
        </label>
        <textarea
          id={id('reason')}
          className="textarea"
          rows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy('reason')}
          disabled={busy}
        />
        <FieldError id={id('reason-error')} message={errors.reason} />
      </div>
      {errors._ && (
        <p className="field__error small" role="alert">
          {errors._}
        </p>
      )}
      <FormActions className="gate__actions" labels={{ submit: s.confirm, busy: s.sending, cancel: s.cancel }} busy={busy} onCancel={onCancel} />
    </form>
  );
}
