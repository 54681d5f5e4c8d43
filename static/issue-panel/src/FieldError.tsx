/** A form field's error, referenced by the field's `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error small" role="alert">
      {message}
    </p>
  );
}

/** Field errors keyed by the payload field the resolver named; `_` holds the ones that name no shown field. */
export type FieldErrors = Record<string, string | undefined>;

/** Where a resolver's error goes: next to its field when the form shows that field, else above the buttons. */
export const placeError = (fields: readonly string[], field: string | undefined, message: string): FieldErrors =>
  field && fields.includes(field) ? { [field]: message } : { _: message };

/** The error that names no shown field (`errors._`), above the form's buttons. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error small" role="alert">
      {message}
    </p>
  );
}
