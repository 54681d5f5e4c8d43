/** A field's problem, next to it (the input names it with `aria-describedby`); nothing when it has none. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error small" role="alert">
      {message}
    </p>
  );
}
