import type { Database } from '../../../db/sqlite';
import type { History } from '../../store/changelog';
import { jiraDateTime } from '../params';
import { userRef } from './users';

/** A `Changelog` entry: author, created, and its items in Jira's `from`/`fromString` form. */
export function historyJson(db: Database, baseUrl: string, h: History) {
  const author = userRef(db, baseUrl, h.entry.author_id);
  return {
    id: String(h.entry.id),
    ...(author ? { author } : {}),
    created: jiraDateTime(h.entry.created),
    // Jira sends null for empty sides; the spec types them as plain strings, so empty sides are left out.
    items: h.items.map((i) => ({
      field: i.field,
      fieldtype: i.field_type,
      fieldId: i.field_id,
      ...withoutNulls({ from: i.from_value, fromString: i.from_string, to: i.to_value, toString: i.to_string }),
    })),
  };
}

function withoutNulls(o: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== null));
}
