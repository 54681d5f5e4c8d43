/** The labels of a form's buttons: the submit button's, while it works, and the cancel button's (none without `onCancel`). */
export interface FormActionLabels {
  submit: string;
  busy: string;
  cancel?: string;
}

/**
 * A form's button row: submit (its label says when the form is sending), then cancel; both are disabled while
 * the form is busy. `className` is the row's (`actions`, `gate__actions`), `submitClassName` the submit button's.
 */
export function FormActions({
  labels,
  busy,
  onCancel,
  className = 'actions',
  submitClassName = 'button button--primary',
}: {
  labels: FormActionLabels;
  busy: boolean;
  onCancel?: () => void;
  className?: string;
  submitClassName?: string;
}) {
  return (
    <div className={className}>
      <button type="submit" className={submitClassName} disabled={busy}>
        {busy ? labels.busy : labels.submit}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {labels.cancel}
        </button>
      )}
    </div>
  );
}
