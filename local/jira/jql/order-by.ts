/** ORDER BY: a comparator over JqlIssueView. Empty values sort last in both directions. */
import type { SortKey } from './ast';
import type { JqlIssueView } from './index';
import { JqlCompileError } from './errors';
import { keySort, resolveField, type SortValue } from './fields';

type Comparator = (a: JqlIssueView, b: JqlIssueView) => number;

function compareValues(a: (string | number)[], b: (string | number)[]): number {
  for (const [i, x] of a.entries()) {
    const y = b[i];
    if (y === undefined) break; // b is a prefix of a
    if (x === y) continue;
    // Mixed types (custom fields): numbers first.
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function byValue(get: (issue: JqlIssueView) => SortValue, direction: 'asc' | 'desc'): Comparator {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const [x, y] = [get(a), get(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return sign * compareValues(x, y);
  };
}

/**
 * Jira's documented default for a query without ORDER BY is not stable across versions (Cloud's issue
 * navigator shows `created DESC`); the emulator uses `created DESC, key DESC`. Explicit orders end with
 * `key ASC` so that ties are deterministic (Jira falls back to index order, which is roughly creation order).
 */
export function compileOrderBy(keys: SortKey[]): Comparator {
  const parts: Comparator[] =
    keys.length === 0
      ? [byValue(resolveField({ kind: 'name', name: 'created', quoted: false, pos: 0 }).sort ?? keySort, 'desc'), byValue(keySort, 'desc')]
      : [...keys.map(toComparator), byValue(keySort, 'asc')];
  return (a, b) => {
    for (const p of parts) {
      const c = p(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
}

function toComparator(key: SortKey): Comparator {
  const field = resolveField(key.field);
  if (!field.sort) throw new JqlCompileError(`Field '${field.label}' does not support sorting.`);
  return byValue(field.sort, key.direction);
}
