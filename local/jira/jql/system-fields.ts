/** Specs of Jira's system fields (see evaluate.ts for how a spec becomes a predicate). */
import type { Operator } from './ast';
import type { JqlIssueView } from './index';
import type { FieldSpec } from './evaluate';
import { JqlCompileError, invalidValue } from './errors';
import { dayOf, minuteOf, parseStoredDate } from './dates';
import { dateOperand, literal, userOperand } from './operands';
import { must } from '../../shared/must';

export const EQUALITY: readonly Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
export const ORDERED: readonly Operator[] = [...EQUALITY, '<', '<=', '>', '>='];
const TEXT: readonly Operator[] = ['~', '!~', 'is', 'is not'];

const present = <T>(v: T | undefined | null | ''): T[] => (v === undefined || v === null || v === '' ? [] : [v]);

/** Names compared case-insensitively (issue type, status, labels, project and parent keys). */
export function nameSpec(label: string, get: (issue: JqlIssueView) => string | string[] | undefined): FieldSpec<string, string> {
  return {
    label,
    operators: EQUALITY,
    values: (issue) => {
      const v = get(issue);
      return (Array.isArray(v) ? v : present(v)).map((s) => s.toLowerCase());
    },
    operand: literal(label, (text) => text.toLowerCase()),
    equals: (t, u) => t === u,
  };
}

interface IssueKey {
  project: string;
  num: number;
  id: string;
}
type KeyOperand = { kind: 'key'; project: string; num: number } | { kind: 'id'; id: string };

export function parseKey(key: string): { project: string; num: number } | undefined {
  const m = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(key.trim());
  return m ? { project: must(m[1], 'the project group').toUpperCase(), num: Number(m[2]) } : undefined;
}

/** `key` / `issuekey` / `id`: an issue key (case-insensitive) or a numeric issue id. */
export function keySpec(label: string): FieldSpec<IssueKey, KeyOperand> {
  return {
    label,
    operators: ['=', '!=', 'in', 'not in', '<', '<=', '>', '>='],
    values: (issue) => {
      const k = parseKey(issue.key);
      return [{ project: k?.project ?? issue.key.toUpperCase(), num: k?.num ?? 0, id: issue.id }];
    },
    operand: literal(label, (text): KeyOperand => {
      if (/^\d+$/.test(text)) return { kind: 'id', id: text };
      const k = parseKey(text);
      if (!k) throw new JqlCompileError(`The issue key '${text}' for field '${label}' is invalid.`);
      return { kind: 'key', ...k };
    }),
    equals: (t, u) => (u.kind === 'id' ? t.id === u.id : t.project === u.project && t.num === u.num),
    // Only keys of the same project are ordered (MKT-5 < MKT-12); ids are not.
    compare: (t, u) => (u.kind === 'key' && t.project === u.project ? t.num - u.num : undefined),
  };
}

const CATEGORY_ALIASES: Record<string, JqlIssueView['statusCategory']> = {
  new: 'new',
  'to do': 'new',
  '2': 'new',
  indeterminate: 'indeterminate',
  'in progress': 'indeterminate',
  '4': 'indeterminate',
  done: 'done',
  '3': 'done',
};

export function statusCategorySpec(label: string): FieldSpec<string, string> {
  return {
    label,
    operators: EQUALITY,
    values: (issue) => [issue.statusCategory],
    operand: literal(label, (text) => {
      const key = CATEGORY_ALIASES[text.trim().toLowerCase()];
      if (!key) throw invalidValue(text, label);
      return key;
    }),
    equals: (t, u) => t === u,
  };
}

export function userSpec(label: string, get: (issue: JqlIssueView) => string | undefined): FieldSpec<string, string> {
  return {
    label,
    operators: EQUALITY,
    values: (issue) => present(get(issue)),
    operand: (operand) => userOperand(operand, label),
    equals: (t, u) => t === u,
  };
}

/** duedate compares by day; created/updated/resolved by minute (see dates.ts for the time zone). */
export function dateSpec(
  label: string,
  get: (issue: JqlIssueView) => string | undefined,
  unit: 'day' | 'minute',
): FieldSpec<number, number> {
  const truncate = unit === 'day' ? dayOf : minuteOf;
  return {
    label,
    operators: ORDERED,
    values: (issue) => {
      const raw = get(issue);
      const ms = raw === undefined ? undefined : parseStoredDate(raw);
      return ms === undefined ? [] : [truncate(ms)];
    },
    operand: (operand) => {
      const at = dateOperand(operand, label);
      return (ctx) => [truncate(at(ctx))];
    },
    equals: (t, u) => t === u,
    compare: (t, u) => t - u,
  };
}

export function textSpec(
  label: string,
  get: (issue: JqlIssueView) => string[],
  operators: readonly Operator[] = TEXT,
): FieldSpec<string, never> {
  return {
    label,
    operators,
    values: (issue) => get(issue).filter((s) => s !== ''),
    operand: () => {
      throw new JqlCompileError(`The field '${label}' only supports text searches (~ and !~).`);
    },
    equals: () => false,
    text: (t) => t,
  };
}
