/**
 * A value the code's own invariants guarantee (a regex group that matched, a key taken from the same table, an index
 * inside the bounds just checked) but that the type system sees as possibly missing. Missing means a bug: it throws.
 */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Internal error: missing ${what}`);
  return value;
}
