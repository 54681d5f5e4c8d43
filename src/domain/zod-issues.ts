import { defaultErrorMap, type z } from 'zod';
import { bareEn, type ProblemKey } from '../wording/catalog/problems';
import type { ParamValue } from '../wording/catalog/types';
import type { Message } from '../wording/messages';

/** The first problem of a failed parse. Zod never fails a parse without one, so an empty list is a bug, said so. */
export function firstIssue(error: z.ZodError): z.ZodIssue {
  const issue = error.issues[0];
  if (!issue) throw new Error('invariant: a failed zod parse carries at least one issue');
  return issue;
}

/** The first field an `unrecognized_keys` issue names; zod raises that issue only with at least one key. */
export function firstUnknownKey(issue: z.ZodUnrecognizedKeysIssue): string {
  const key = issue.keys[0];
  if (key === undefined) throw new Error('invariant: an unrecognized_keys issue names at least one key');
  return key;
}

type Problem = { key: ProblemKey; params: Record<string, ParamValue> };
const KEYS = Object.keys(bareEn) as ProblemKey[];
const isProblemKey = (k: unknown): k is ProblemKey => typeof k === 'string' && Object.hasOwn(bareEn, k);

const bound = (n: number | bigint): number => Number(n);

/** A size check worded from its kind (text, number, list) and limit. */
function sizeProblem(issue: z.ZodTooSmallIssue | z.ZodTooBigIssue): Problem {
  const small = issue.code === 'too_small';
  const n = bound(small ? issue.minimum : issue.maximum);
  if (issue.type === 'string') {
    if (issue.exact) return { key: 'exactLength', params: { n } };
    if (small)
      return n <= 1 && issue.inclusive
        ? { key: 'notEmpty', params: {} }
        : { key: 'tooShort', params: { min: issue.inclusive ? n : n + 1 } };
    return { key: 'tooLong', params: { max: issue.inclusive ? n : n - 1 } };
  }
  if (issue.type === 'array' || issue.type === 'set') {
    if (small) return { key: 'fewItems', params: { min: issue.inclusive ? n : n + 1 } };
    return { key: 'manyItems', params: { max: issue.inclusive ? n : n - 1 } };
  }
  if (issue.type === 'date') return { key: 'notValid', params: {} };
  if (small) return issue.inclusive ? { key: 'atLeast', params: { min: n } } : { key: 'above', params: { min: n } };
  return issue.inclusive ? { key: 'atMost', params: { max: n } } : { key: 'below', params: { max: n } };
}

const STRING_CHECKS: Partial<Record<string, ProblemKey>> = { email: 'email', url: 'url', datetime: 'dateTime', date: 'isoDate' };

/** What a built-in check found, from the issue's code and figures alone (never from its English text). */
function structuralProblem(issue: z.ZodIssue): Problem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { key: 'required', params: {} };
      return issue.expected === 'integer'
        ? { key: 'wholeNumber', params: {} }
        : { key: 'expectedType', params: { expected: issue.expected } };
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue);
    case 'invalid_string': {
      const check = typeof issue.validation === 'string' ? STRING_CHECKS[issue.validation] : undefined;
      return { key: check ?? 'badFormat', params: {} };
    }
    case 'invalid_enum_value':
    case 'invalid_union_discriminator':
      return { key: 'oneOf', params: { options: issue.options.map(String).join(', ') } };
    case 'invalid_literal':
      return { key: 'exactly', params: { expected: String(issue.expected) } };
    case 'not_finite':
      return { key: 'finiteNumber', params: {} };
    case 'not_multiple_of':
      return { key: 'multipleOf', params: { n: bound(issue.multipleOf) } };
    case 'invalid_date':
      return { key: 'realDay', params: {} };
    default:
      return { key: 'notValid', params: {} };
  }
}

const wordedEn = (key: ProblemKey, params: Record<string, unknown>): string => {
  const entry: unknown = bareEn[key];
  try {
    return typeof entry === 'function' ? (entry as (p: unknown) => string)(params) : String(entry);
  } catch {
    return '';
  }
};

const paramValues = (params: Record<string, unknown>): Record<string, ParamValue> =>
  Object.fromEntries(
    Object.entries(params).filter((e): e is [string, ParamValue] => e[1] === null || ['string', 'number', 'boolean'].includes(typeof e[1])),
  );

/** zod's own English for the issue, when the schema gave none of its own. */
const zodDefault = (issue: z.ZodIssue): string => defaultErrorMap(issue, { defaultError: 'Invalid input', data: undefined }).message;

/**
 * The catalogue's problem for a zod issue: the one the schema named (`problemIssue` params, or a message that is a
 * catalogue text with the issue's figures), else the built-in check's own when the schema kept zod's default text.
 * `undefined` for a schema text the catalogue does not hold (shown as it came, in English).
 */
export function problemOf(issue: z.ZodIssue): Problem | undefined {
  const own: unknown = issue.code === 'custom' ? issue.params?.problem : undefined;
  if (isProblemKey(own) && issue.code === 'custom') {
    const { problem: _named, ...rest } = issue.params ?? {};
    return { key: own, params: paramValues(rest) };
  }
  const structural = structuralProblem(issue);
  if (wordedEn(structural.key, structural.params) === issue.message) return structural;
  const key = KEYS.find((k) => wordedEn(k, structural.params) === issue.message);
  if (key) return { key, params: structural.params };
  return issue.message === zodDefault(issue) ? structural : undefined;
}

/** The message of a zod issue about `field`: its catalogue problem, or the schema's own English text. */
export function problemMessage(issue: z.ZodIssue, field: string): Message {
  const problem = problemOf(issue);
  // The key is built at run time from the catalogue's own keys, so its parameters are the ones the issue gave.
  if (problem) return { key: `problems.${problem.key}`, params: { ...problem.params, field } } as Message;
  return { key: 'errors.fieldInvalid', params: { field, problem: issue.message } };
}
