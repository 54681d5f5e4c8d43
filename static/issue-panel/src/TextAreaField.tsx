import { FieldError } from './FieldError';

interface Props {
  /** The textarea's id; its error's is `<id>-error`. */
  id: string;
  label: string;
  /** "required" or "optional", after the label. */
  note: string;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error: string | undefined;
  disabled: boolean;
  autoFocus?: boolean;
}

/** A sign-off form's free text (a reason, a comment): says whether it is required, and why it was refused. */
export function TextAreaField({ id, label, note, required, value, onChange, maxLength, error, disabled, autoFocus }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="muted">{note}</span>
      </label>
      <textarea
        id={id}
        className="textarea"
        rows={2}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
