import { FormActions } from '../../kit/FormActions';
import { useState, type SubmitEvent } from 'react';
import { FormError } from './FieldError';
import type { SignOffStrings } from './signoff-strings';
import { TextAreaField } from './TextAreaField';
import type { DecideSignOffResult, DecisionKind, SignOffGateView } from './types';
import { useGateForm } from './useGateForm';
import type { SignOffApi } from './useSignOff';

interface Props {
  s: SignOffStrings;
  api: SignOffApi;
  gate: SignOffGateView;
  decision: DecisionKind;
  onCancel: () => void;
  onDone: (r: DecideSignOffResult) => void;
}

/** Asks for a reason when the decision needs one, and an optional comment, then records the decision. */
export function DecisionForm({ s, api, gate, decision, onCancel, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const needsReason = decision === 'request_changes' || (decision === 'decline' && gate.declineNeedsReason);
  const askReason = decision !== 'approve';
  const id = (f: string): string => `gate-${gate.gateId}-${f}`;
  const { busy, errors, refuse, send } = useGateForm(askReason ? ['reason', 'comment'] : ['comment']);

  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    if (needsReason && !reason.trim()) {
      refuse({ reason: s.reasonNeeded[decision] }, id('reason'));
      return;
    }
    const payload = {
      gateId: gate.gateId,
      decision,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    void send(async () => onDone(await api.decide(payload)));
  };

  const textField = (
    name: 'reason' | 'comment',
    label: string,
    required: boolean,
    value: string,
    set: (v: string) => void,
    max: number,
  ) => (
    <TextAreaField
      id={id(name)}
      label={label}
      note={required ? s.required : s.optional}
      required={required}
      value={value}
      onChange={set}
      maxLength={max}
      error={errors[name]}
      disabled={busy}
      autoFocus={name === 'reason' || !askReason}
    />
  );

  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-labelledby={id('form-title')}>
      <p id={id('form-title')} className="decision-form__title">
        {s.formTitle[decision](gate.name)}
      </p>
      {askReason && textField('reason', s.reason, needsReason, reason, setReason, 2000)}
      {textField('comment', s.comment, false, comment, setComment, 5000)}
      <FormError message={errors._} />
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
