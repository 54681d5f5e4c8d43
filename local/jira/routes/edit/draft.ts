import type { IssueRow } from '../../store/rows';
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
