import type { Database } from '../../../db/sqlite';
import type { IssueRow } from '../../store/rows';
import { jiraError } from '../../../http/jira-errors';
import { isRecord } from '../params';
import { applyEdits, type FieldErrors } from './apply-edits';
import { extraOf, labelsOf } from '../../store/issues';

/** A mutable working copy of an issue: edits are applied here, validated, then saved in one transaction. */
export interface IssueDraft {
  row: IssueRow;
  extra: Record<string, unknown>;
  labels: string[];
}

export function draftOf(row: IssueRow): IssueDraft {
  return { row: { ...row }, extra: extraOf(row), labels: labelsOf(row) };
}

export function cloneDraft(d: IssueDraft): IssueDraft {
  return { row: { ...d.row }, extra: structuredClone(d.extra), labels: [...d.labels] };
}

/** Writes the JSON-held parts back into the row. */
export function rowOf(d: IssueDraft): IssueRow {
  return { ...d.row, labels_json: JSON.stringify(d.labels), extra_json: JSON.stringify(d.extra) };
}

/**
 * The edit part shared by PUT issue and POST transitions: checks `fields`/`update` are objects, applies them to a
 * copy of the issue and returns both versions with any per-field errors. Nothing is written here.
 */
export function draftFromBody(
  db: Database,
  issue: IssueRow,
  body: Record<string, unknown>,
): { before: IssueDraft; after: IssueDraft; errors: FieldErrors } {
  const { fields, update } = body;
  if (fields !== undefined && !isRecord(fields)) throw jiraError(400, ["'fields' must be an object."]);
  if (update !== undefined && !isRecord(update)) throw jiraError(400, ["'update' must be an object."]);
  const before = draftOf(issue);
  const after = cloneDraft(before);
  const errors = applyEdits(db, after, fields, update, 'edit');
  return { before, after, errors };
}
