import { FormActions } from '../../kit/FormActions';
import { useState, type SubmitEvent } from 'react';
import { FieldError, placeError, type FieldErrors } from './FieldError';
import type { SignOffStrings } from './signoff-strings';
import { asFailure } from '../../kit/call';
import type { DecideSignOffResult, DecisionKind, SignOffGateView } from './types';
import type { SignOffApi } from './useSignOff';

/** Asks for a reason when the decision needs one, and an optional comment, then records the decision. */
export function DecisionForm({
  s,
  api,
  gate,
  decision,
  onCancel,
  onDone,
}: {
  s: SignOffStrings;
  api: SignOffApi;
  gate: SignOffGateView;
  decision: DecisionKind;
  onCancel: () => void;
  onDone: (r: DecideSignOffResult) => void;
}) {
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const needsReason = decision === 'request_changes' || (decision === 'decline' && gate.declineNeedsReason);
  const askReason = decision !== 'approve';
  const id = (f: string): string => `gate-${gate.gateId}-${f}`;

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (needsReason && !reason.trim()) {
      setErrors({ reason: s.reasonNeeded[decision] });
      document.getElementById(id('reason'))?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      onDone(
        await api.decide({
          gateId: gate.gateId,
          decision,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        }),
      );
    } catch (err) {
      const failure = asFailure(err);
      setErrors(placeError(askReason ? ['reason', 'comment'] : ['comment'], failure.field, failure.message));
      setBusy(false);
    }
  };

  const textField = (
    name: 'reason' | 'comment',
    label: string,
    required: boolean,
    value: string,
    set: (v: string) => void,
    max: number,
    autoFocus: boolean,
  ) => (
    <div className="field">
      <label htmlFor={id(name)}>
        {label} <span className="muted">{required ? s.required : s.optional}</span>
      </label>
      <textarea
        id={id(name)}
        className="textarea"
        rows={2}
        maxLength={max}
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-required={required}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? id(`${name}-error`) : undefined}
        autoFocus={autoFocus}
        disabled={busy}
      />
      <FieldError id={id(`${name}-error`)} message={errors[name]} />
    </div>
  );

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('form-title')}>
      <p id={id('form-title')} className="decision-form__title">
        {s.formTitle[decision](gate.name)}
      </p>
      {askReason && textField('reason', s.reason, needsReason, reason, setReason, 2000, true)}
      {textField('comment', s.comment, false, comment, setComment, 5000, !askReason)}
      {errors._ && (
        <p className="field__error small" role="alert">
          {errors._}
        </p>
      )}
      <FormActions
        className="gate__actions"
        submitClassName={`button${decision === 'approve' ? ' button--primary' : decision === 'decline' ? ' button--danger' : ''}`}
        labels={{ submit: s.confirm, busy: s.sending, cancel: s.cancel }}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
