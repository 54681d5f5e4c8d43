/**
 * Jira's `fields` parameter: `*all`, `*navigable`, field ids, and `-id` exclusions.
 * `id` and `key` are not fields: asking for only them returns bare issues.
 */
export interface FieldSelection {
  all: boolean;
  navigable: boolean;
  include: Set<string>;
  exclude: Set<string>;
}

export function parseFieldSelection(tokens: string[] | undefined, defaultToken: '*all' | '*navigable' | 'id'): FieldSelection {
  const list = tokens && tokens.length > 0 ? tokens : [defaultToken];
  const sel: FieldSelection = { all: false, navigable: false, include: new Set(), exclude: new Set() };
  let positive = false;
  for (const t of list) {
    if (t.startsWith('-')) sel.exclude.add(t.slice(1));
    else {
      positive = true;
      if (t === '*all') sel.all = true;
      else if (t === '*navigable') sel.navigable = true;
      else sel.include.add(t);
    }
  }
  // Only exclusions: they apply to the endpoint's default set (navigable for search, all for GET issue).
  if (!positive) {
    if (defaultToken === '*all') sel.all = true;
    else sel.navigable = true;
  }
  return sel;
}

export function wantsField(sel: FieldSelection, fieldId: string, navigable: boolean): boolean {
  if (sel.exclude.has(fieldId)) return false;
  return sel.all || (sel.navigable && navigable) || sel.include.has(fieldId);
}

/** True when nothing but `id`/`key` was asked for: these pages may hold up to 5000 issues. */
export function onlyIdOrKey(sel: FieldSelection): boolean {
  return !sel.all && !sel.navigable && [...sel.include].every((f) => f === 'id' || f === 'key');
}

/** Properties parameter: `*all`, keys, `-key` exclusions. */
export function selectProperties(tokens: string[] | undefined, existing: string[]): string[] {
  if (!tokens || tokens.length === 0) return [];
  const all = tokens.includes('*all');
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const named = tokens.filter((t) => !t.startsWith('-') && t !== '*all');
  return existing.filter((k) => !excluded.has(k) && (all || named.includes(k)));
}
