/**
 * Lookups the code's own construction guarantees: a map built from the very ids it is then read with, an index
 * inside the array it walks. A miss there is a bug, not bad input, so it throws a plain `Error` naming what was
 * missing (the envelope reports it as INTERNAL) instead of carrying an `undefined` on into the result.
 */

/** The value `map` holds for `key`; `what` names it in the error ("milestone summary", "task"). */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`invariant: no ${what} for ${String(key)}`);
  return value;
}

/** The item at `index` of `items`; `what` names it in the error. */
export function mustAt<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) throw new Error(`invariant: no ${what} at index ${index} (of ${items.length})`);
  return item;
}

/** The value `record` holds under `key`, for records keyed by ids the code itself wrote; `what` names it. */
export function mustGetKey<V>(record: Readonly<Partial<Record<string, V>>>, key: string, what: string): V {
  const value = record[key];
  if (value === undefined) throw new Error(`invariant: no ${what} for ${key}`);
  return value;
}

/** Group `index` of a regex match, for a group the pattern always fills (not optional, not in one branch of `|`). */
export function mustGroup(match: RegExpMatchArray, index: number): string {
  const group = match[index];
  if (group === undefined) throw new Error(`invariant: group ${index} of /${match.input ?? ''}/ did not take part in the match`);
  return group;
}
