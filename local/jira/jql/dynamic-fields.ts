/**
 * Custom fields and issue properties: the emulator does not know their types, so values are compared by
 * what they turn out to be: numbers numerically, ISO dates as dates (when the operand is a date), strings
 * as strings. Arrays match when any element does; select/user objects are reduced to their value/accountId.
 */
import type { JqlContext, JqlIssueView } from './index';
import type { FieldSpec, SingleOperand } from './evaluate';
import { ORDERED } from './system-fields';
import { dayOf, minuteOf, parseDateLiteral, parseStoredDate, resolveDateLiteral } from './dates';
import { compileFunction } from './functions';

export type Scalar = string | number | boolean;

/** A resolved operand: its text plus the number / instant / user it may stand for. */
interface DynamicOperand {
  text: string;
  num?: number;
  ms?: number;
  accountId?: string;
}

const OBJECT_KEYS = ['value', 'accountId', 'name', 'key', 'displayName', 'id'] as const;

function scalars(value: unknown, reduceObjects: boolean): Scalar[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((v) => scalars(v, reduceObjects));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [value];
  if (typeof value === 'object' && reduceObjects) {
    const obj = value as Record<string, unknown>;
    for (const k of OBJECT_KEYS) if (obj[k] !== undefined && obj[k] !== null) return scalars(obj[k], false);
  }
  return [JSON.stringify(value)];
}

/** Walks `path` into a property value; arrays on the way fan out (Jira indexes every element). */
function walk(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => walk(v, path));
  const [head, ...rest] = path;
  if (head === undefined) return [value];
  if (value === null || typeof value !== 'object') return [];
  return walk((value as Record<string, unknown>)[head], rest);
}

function compileDynamicOperand(operand: SingleOperand): (ctx: JqlContext) => DynamicOperand[] {
  if (operand.kind === 'function') {
    const fn = compileFunction(operand.name, operand.args);
    if (fn.kind === 'user') {
      return (ctx) => {
        const id = fn.user(ctx);
        return id === undefined ? [] : [{ text: id, accountId: id }];
      };
    }
    return (ctx) => {
      const ms = fn.at(ctx);
      return [{ text: new Date(ms).toISOString(), ms }];
    };
  }
  const text = operand.text;
  const num = parseNumber(text);
  const date = num === undefined ? parseDateLiteral(text) : undefined;
  return (ctx) => [{ text, num, ms: date ? resolveDateLiteral(date, ctx.now) : undefined, accountId: ctx.userByName(text) }];
}

function parseNumber(text: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text) : undefined;
}

/** Both sides as dates when the operand is one and the stored value is an ISO date (by day for bare dates). */
function asDates(t: string, u: DynamicOperand): [number, number] | undefined {
  if (u.ms === undefined) return undefined;
  const ms = parseStoredDate(t);
  if (ms === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? [dayOf(ms), dayOf(u.ms)] : [minuteOf(ms), minuteOf(u.ms)];
}

function dynamicSpec(label: string, values: (issue: JqlIssueView) => Scalar[], caseSensitive: boolean): FieldSpec<Scalar, DynamicOperand> {
  const fold = (s: string): string => (caseSensitive ? s : s.toLowerCase());
  const compare = (t: Scalar, u: DynamicOperand): number | undefined => {
    if (typeof t === 'number') return u.num !== undefined ? t - u.num : undefined;
    if (typeof t === 'boolean') return String(t) === u.text.toLowerCase() ? 0 : undefined;
    if (u.num !== undefined) {
      // A number operand only compares with numbers (or numeric text): 'TBD' is neither above nor below 1000.
      const n = parseNumber(t);
      return n === undefined ? undefined : n - u.num;
    }
    const dates = asDates(t, u);
    if (dates) return dates[0] - dates[1];
    const [a, b] = [fold(t), fold(u.text)];
    return a < b ? -1 : a > b ? 1 : 0;
  };
  return {
    label,
    operators: [...ORDERED, '~', '!~'],
    values,
    operand: compileDynamicOperand,
    equals: (t, u) => (typeof t === 'string' && u.accountId !== undefined && t === u.accountId) || compare(t, u) === 0,
    compare,
    text: (t) => String(t),
  };
}

/** Custom field by id (`customfield_10010`) or by lower-cased name, as stored in JqlIssueView.customFields. */
export function customFieldSpec(label: string, lookupKey: string): FieldSpec<Scalar, DynamicOperand> {
  return dynamicSpec(label, (issue) => scalars(issue.customFields[lookupKey], true), false);
}

/** `issue.property[key].path`: strings compare exactly (case-sensitive), as Jira's property index does. */
export function propertySpec(label: string, key: string, path: readonly string[]): FieldSpec<Scalar, DynamicOperand> {
  return dynamicSpec(label, (issue) => walk(issue.properties[key], path).flatMap((v) => scalars(v, false)), true);
}

/** Sort value of a custom field: its first value; numbers before text. */
export function customSortValue(issue: JqlIssueView, lookupKey: string): (string | number)[] | undefined {
  const first = scalars(issue.customFields[lookupKey], true)[0];
  if (first === undefined) return undefined;
  return typeof first === 'number' ? [0, first] : [1, String(first).toLowerCase()];
}
