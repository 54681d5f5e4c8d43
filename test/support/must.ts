/** `value`, failing the test with a message naming `what` when a lookup missed (a map entry, a row, a match). */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, found none`);
  return value;
}
