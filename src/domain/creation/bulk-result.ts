import { z } from 'zod';
import { mustAt } from '../invariant';
import type { ParamValue } from '../../wording/catalog/types';
import { render, type Message } from '../../wording/messages';

/** `CreatedIssues` of `POST /rest/api/3/issue/bulk` (the same shape answers 201 and 400). */
export const BulkCreateAnswer = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() }).passthrough()).default([]),
  errors: z
    .array(
      z
        .object({
          status: z.number().int().optional(),
          failedElementNumber: z.number().int().optional(),
          elementErrors: z
            .object({ errorMessages: z.array(z.string()).default([]), errors: z.record(z.string()).default({}) })
            .passthrough()
            .optional(),
        })
        .passthrough(),
    )
    .default([]),
});
export type BulkCreateAnswer = z.infer<typeof BulkCreateAnswer>;

/** A problem met while creating: the row and field it names, its English, and its wording message (`code`, `params`). */
export interface RowError {
  rowId?: string;
  field?: string;
  message: string;
  code?: string;
  params?: Record<string, ParamValue>;
}

/** A creation problem worded by the `creation` catalogue, for the row and field it names. */
export function rowError(m: Extract<Message, { key: `creation.${string}` }>, where: { rowId?: string; field?: string } = {}): RowError {
  return { ...where, message: render('en', m), code: m.key, ...(m.params ? { params: m.params } : {}) };
}

export interface BulkOutcome {
  /** rowId → created issue key. */
  created: Record<string, string>;
  errors: RowError[];
}

/**
 * Maps one bulk answer back to the rows of the request: failures name their request index
 * (`failedElementNumber`), and Jira lists the created issues in request order, skipping the failed ones.
 */
export function mapBulkAnswer(rowIds: readonly string[], answer: BulkCreateAnswer): BulkOutcome {
  const failed = new Set<number>();
  const errors: RowError[] = [];
  for (const e of answer.errors) {
    const index = e.failedElementNumber;
    const rowId = index !== undefined && index >= 0 && index < rowIds.length ? rowIds[index] : undefined;
    if (index !== undefined) failed.add(index);
    const fieldErrors = Object.entries(e.elementErrors?.errors ?? {});
    const messages = e.elementErrors?.errorMessages ?? [];
    for (const [field, message] of fieldErrors) errors.push({ ...(rowId ? { rowId } : {}), field, message: `${field}: ${message}` });
    for (const message of messages) errors.push({ ...(rowId ? { rowId } : {}), message });
    if (fieldErrors.length === 0 && messages.length === 0)
      errors.push(rowError({ key: 'creation.jiraRefused', params: { status: String(e.status ?? '?') } }, rowId ? { rowId } : {}));
  }
  const succeeded = rowIds.filter((_, i) => !failed.has(i));
  const created: Record<string, string> = {};
  // A count mismatch means we cannot tell which row became which issue: keep none, the re-read by property will.
  if (succeeded.length === answer.issues.length)
    succeeded.forEach((rowId, i) => (created[rowId] = mustAt(answer.issues, i, 'created issue').key));
  return { created, errors };
}
