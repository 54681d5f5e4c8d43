import { FormActions } from '../../kit/FormActions';
import { useState, type SubmitEvent } from 'react';
import { FieldError, FormError, type FieldErrors } from './FieldError';
import type { SignOffStrings } from './signoff-strings';
import { TextAreaField } from './TextAreaField';
import type { SignOffGateView } from './types';
import { usePeople } from '../../kit/people';
import { DelegatePersonField } from './DelegatePersonField';
import { useGateForm } from './useGateForm';
import type { SignOffApi } from './useSignOff';

/** A calendar day in the viewer's time zone, `days` from today, as `yyyy-MM-dd`. */
const localDay = (days: number): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The form's own checks: a person, and a day from today on. */
function checkDelegation(s: SignOffStrings, to: string, until: string, today: string): FieldErrors {
  return {
    ...(to ? {} : { toAccountId: s.personNeeded }),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(until) && until >= today ? {} : { until: s.untilNeeded }),
  };
}

interface Props {
  s: SignOffStrings;
  api: SignOffApi;
  gate: SignOffGateView;
  onCancel: () => void;
  onDone: (toName: string) => void;
}

/** Lets an approver hand their decision on this gate to someone else until a day. */
export function DelegationForm({ s, api, gate, onCancel, onDone }: Props) {
  const { people, error: peopleError } = usePeople();
  const [to, setTo] = useState('');
  const [until, setUntil] = useState(localDay(7));
  const [reason, setReason] = useState('');
  const { busy, errors, refuse, send } = useGateForm(['toAccountId', 'until', 'reason']);
  const id = (f: string): string => `gate-${gate.gateId}-delegate-${f}`;
  const today = localDay(0);
  const candidates = (people ?? []).filter((p) => p.accountId !== api.me);

  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const found = checkDelegation(s, to, until, today);
    if (found.toAccountId || found.until) {
      refuse(found, id(found.toAccountId ? 'toAccountId' : 'until'));
      return;
    }
    void send(async () => {
      await api.delegate({ gateId: gate.gateId, toAccountId: to, until, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDone(candidates.find((p) => p.accountId === to)?.displayName ?? to);
    });
  };

  const describedBy = (f: string): string | undefined => (errors[f] ? id(`${f}-error`) : undefined);
  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-labelledby={id('title')}>
      <p id={id('title')} className="decision-form__title">
        {s.delegateTitle(gate.name)}
      </p>
      <DelegatePersonField
        s={s}
        id={id('toAccountId')}
        value={to}
        onChange={setTo}
        loading={people === null}
        candidates={candidates}
        error={errors.toAccountId}
        peopleError={peopleError ?? undefined}
        disabled={busy}
      />
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
      <TextAreaField
        id={id('reason')}
        label={s.reason}
        note={s.optional}
        required={false}
        value={reason}
        onChange={setReason}
        maxLength={2000}
        error={errors.reason}
        disabled={busy}
      />
      <FormError message={errors._} />
      <FormActions
        className="gate__actions"
        labels={{ submit: s.confirm, busy: s.sending, cancel: s.cancel }}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
