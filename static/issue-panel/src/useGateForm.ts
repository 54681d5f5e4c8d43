import { useState } from 'react';
import { asFailure } from '../../kit/call';
import { placeError, type FieldErrors } from './FieldError';

/**
 * The state of a sign-off form (decision, delegation): `refuse` shows the form's own checks and focuses the first
 * wrong field; `send` runs the call, and on a refusal puts the resolver's error next to the field it names
 * (one of `fields`) or above the buttons. The form stays busy after success: the caller closes it.
 */
export function useGateForm(fields: readonly string[]): {
  busy: boolean;
  errors: FieldErrors;
  refuse: (found: FieldErrors, focusId: string) => void;
  send: (call: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const refuse = (found: FieldErrors, focusId: string): void => {
    setErrors(found);
    document.getElementById(focusId)?.focus();
  };
  const send = async (call: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setErrors({});
    try {
      await call();
    } catch (err) {
      const failure = asFailure(err);
      setErrors(placeError(fields, failure.field, failure.message));
      setBusy(false);
    }
  };
  return { busy, errors, refuse, send };
}
