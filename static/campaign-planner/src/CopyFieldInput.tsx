import type { CopyField } from './useTemplateCopy';

interface Props {
  field: CopyField;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (field: CopyField, value: string) => void;
}

/** One field of the template copy dialog: a name, or the id (typed in lower case, no spell check). */
export function CopyFieldInput({ field, label, hint, value, error, onChange }: Props) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={`copy-${field}`}>
        {label}
      </label>
      <input
        id={`copy-${field}`}
        className="input"
        value={value}
        maxLength={field === 'id' ? 63 : 255}
        onChange={(e) => onChange(field, field === 'id' ? e.target.value.toLowerCase() : e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint && `copy-${field}-hint`, error && `copy-${field}-error`].filter(Boolean).join(' ') || undefined}
        spellCheck={field !== 'id'}
      />
      {hint && (
        <span id={`copy-${field}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={`copy-${field}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
