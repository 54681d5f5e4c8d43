import type { PlanWarning } from '../model';
import { render, type Message } from '../../wording/messages';

/** The codes of problems that make a plan unworkable as it is: creating it takes an explicit confirmation. */
export const ERROR_CODES: ReadonlySet<string> = new Set([
  'plan.inPastTask',
  'plan.inPastMilestone',
  'plan.doesNotFit',
  'plan.gateInPast',
  'plan.sodNoReplacement',
  'plan.assigneeNotPermitted',
  'plan.approverNotPermitted',
]);

type PlanMessage = Extract<Message, { key: `plan.${string}` }>;

/** A plan warning from a structured message: its code and parameters, its English words, and its severity. */
export function planWarning(base: Pick<PlanWarning, 'kind' | 'rowId' | 'field'>, m: PlanMessage): PlanWarning {
  return {
    ...(base.rowId !== undefined ? { rowId: base.rowId } : {}),
    kind: base.kind,
    ...(base.field !== undefined ? { field: base.field } : {}),
    message: render('en', m),
    code: m.key,
    params: m.params,
    severity: ERROR_CODES.has(m.key) ? 'error' : 'warning',
  };
}

export const isPlanError = (w: PlanWarning): boolean => w.severity === 'error' || (w.code !== undefined && ERROR_CODES.has(w.code));
