import type { Database } from '../../../db/sqlite';
import { isRecord } from '../params';
import type { IssueDraft } from './draft';
import { notSettable, setterFor } from './field-setters';

export type FieldErrors = Record<string, string>;

/** Fields handled by the caller before generic edits (create resolves them first; edit refuses project). */
const CREATE_ONLY = new Set(['project', 'issuetype']);

/**
 * Applies `fields` (set) and `update` (set/add/remove per field) to a draft. Collects Jira-style per-field errors
 * instead of stopping at the first, so one response names every problem.
 */
export function applyEdits(
  db: Database,
  draft: IssueDraft,
  fields: Record<string, unknown> | undefined,
  update: Record<string, unknown> | undefined,
  mode: 'create' | 'edit',
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [fieldId, value] of Object.entries(fields ?? {})) {
    if (mode === 'create' && CREATE_ONLY.has(fieldId)) continue;
    if (mode === 'edit' && fieldId === 'project') {
      errors[fieldId] = notSettable(fieldId);
      continue;
    }
    const set = setterFor(db, fieldId);
    if (!set) {
      errors[fieldId] = notSettable(fieldId);
      continue;
    }
    const err = set(db, draft, value);
    if (err) errors[fieldId] = err;
  }
  for (const [fieldId, ops] of Object.entries(update ?? {})) {
    if (fields && fieldId in fields) {
      errors[fieldId] = `Field '${fieldId}' cannot be set in both 'fields' and 'update'.`;
      continue;
    }
    const set = setterFor(db, fieldId);
    if (!set || (mode === 'edit' && fieldId === 'project')) {
      errors[fieldId] = notSettable(fieldId);
      continue;
    }
    if (!Array.isArray(ops)) {
      errors[fieldId] = `Update operations for '${fieldId}' must be an array.`;
      continue;
    }
    for (const op of ops) {
      const err = applyOperation(db, draft, fieldId, op, set);
      if (err) {
        errors[fieldId] = err;
        break;
      }
    }
  }
  return errors;
}

type Setter = NonNullable<ReturnType<typeof setterFor>>;

function applyOperation(db: Database, draft: IssueDraft, fieldId: string, op: unknown, set: Setter): string | undefined {
  if (!isRecord(op)) return `Update operations for '${fieldId}' must be objects.`;
  const [verb, ...rest] = Object.keys(op);
  if (!verb || rest.length > 0) return `Each update operation for '${fieldId}' must have exactly one of set, add, remove, edit.`;
  const value = op[verb];
  if (verb === 'set') return set(db, draft, value);
  // Time tracking's one operation besides set: `edit` changes the estimates it names and keeps the others.
  if (fieldId === 'timetracking' && verb === 'edit') return set(db, draft, value);
  if (fieldId !== 'labels') return `Field '${fieldId}' does not support the '${verb}' operation.`;
  if (typeof value !== 'string') return 'Label operations take a single label string.';
  if (verb === 'add') return set(db, draft, [...draft.labels, value]);
  if (verb === 'remove')
    return set(
      db,
      draft,
      draft.labels.filter((l) => l !== value),
    );
  return `Field '${fieldId}' does not support the '${verb}' operation.`;
}
