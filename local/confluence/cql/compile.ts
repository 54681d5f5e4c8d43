/**
 * CQL for the emulator's `GET /wiki/rest/api/search`. CQL shares JQL's grammar (clauses, AND/OR/NOT, parentheses,
 * IN lists, functions, ORDER BY), so the JQL parser reads it; the fields and their meaning are Confluence's.
 * Pure: callers hand in the pages (already limited to what the searcher may read) and a JQL-style context.
 */
import type { Clause, Expr, FieldRef, Operand, Operator, SortKey } from '../../jira/jql/ast';
import { dayOf, minuteOf } from '../../jira/jql/dates';
import { JqlCompileError } from '../../jira/jql/errors';
import type { SingleOperand } from '../../jira/jql/evaluate';
import type { JqlContext } from '../../jira/jql/index';
import { dateOperand, literal, userOperand } from '../../jira/jql/operands';
import { parse } from '../../jira/jql/parser';
import { compileTextQuery } from '../../jira/jql/text-match';
import type { CqlContent } from './content';

export type CqlContext = JqlContext;
type Matcher = (c: CqlContent, ctx: CqlContext) => boolean;
export type CompiledCql = { ok: true; matches: Matcher; compare(a: CqlContent, b: CqlContent): number } | { ok: false; message: string };

type Values = (ctx: CqlContext) => string[];
type FieldKind =
  | {
      kind: 'set';
      values: (c: CqlContent) => string[];
      operand: (o: SingleOperand) => Values;
      emptyable: boolean;
      text?: (c: CqlContent) => string;
    }
  | { kind: 'text'; text: (c: CqlContent) => string }
  | { kind: 'date'; at: (c: CqlContent) => number };

const lower = (t: string): string => t.toLowerCase();
const text = literal('value', lower);
const ids = (field: string) =>
  literal(field, (t) => {
    if (!/^\d+$/.test(t)) throw new JqlCompileError(`The value '${t}' for the field '${field}' must be a content id.`);
    return String(Number(t));
  });
const users =
  (field: string) =>
  (o: SingleOperand): Values =>
    userOperand(o, field);

const FIELDS: Record<string, FieldKind> = {
  type: { kind: 'set', values: (c) => [c.type], operand: text, emptyable: false },
  space: { kind: 'set', values: (c) => [lower(c.spaceKey)], operand: text, emptyable: false },
  'space.key': { kind: 'set', values: (c) => [lower(c.spaceKey)], operand: text, emptyable: false },
  'space.id': { kind: 'set', values: (c) => [String(c.spaceId)], operand: ids('space.id'), emptyable: false },
  id: { kind: 'set', values: (c) => [String(c.id)], operand: ids('id'), emptyable: false },
  content: { kind: 'set', values: (c) => [String(c.id)], operand: ids('content'), emptyable: false },
  title: { kind: 'set', values: (c) => [lower(c.title)], operand: text, emptyable: false, text: (c) => c.title },
  label: { kind: 'set', values: (c) => c.labels, operand: text, emptyable: true },
  ancestor: { kind: 'set', values: (c) => c.ancestors.map(String), operand: ids('ancestor'), emptyable: false },
  parent: { kind: 'set', values: (c) => (c.parentId === null ? [] : [String(c.parentId)]), operand: ids('parent'), emptyable: true },
  creator: { kind: 'set', values: (c) => [c.creator], operand: users('creator'), emptyable: false },
  text: { kind: 'text', text: (c) => `${c.title} ${c.text} ${c.labels.join(' ')}` },
  created: { kind: 'date', at: (c) => c.createdMs },
  lastmodified: { kind: 'date', at: (c) => c.modifiedMs },
};

const lastModified = (c: CqlContent): number => c.modifiedMs;

const SORTABLE: Record<string, (c: CqlContent) => string | number> = {
  id: (c) => c.id,
  title: (c) => lower(c.title),
  created: (c) => c.createdMs,
  lastmodified: lastModified,
  space: (c) => lower(c.spaceKey),
  type: (c) => c.type,
};

const unsupported = (op: Operator, field: string): JqlCompileError =>
  new JqlCompileError(`The operator '${op.toUpperCase()}' is not supported by the field '${field}'.`);

function fieldName(ref: FieldRef): string {
  if (ref.kind !== 'name') throw new JqlCompileError('CQL has no cf[...] or issue.property[...] fields.');
  return ref.name.toLowerCase();
}

function singles(operand: Operand): SingleOperand[] {
  if (operand.kind === 'list') return operand.items.flatMap(singles);
  return operand.kind === 'empty' ? [] : [operand];
}

function compileSet(spec: Extract<FieldKind, { kind: 'set' }>, name: string, op: Operator, operand: Operand): Matcher {
  if (op === 'is' || op === 'is not' || operand.kind === 'empty') {
    if (!spec.emptyable || !['is', 'is not', '=', '!='].includes(op)) throw unsupported(op, name);
    const wantEmpty = op === 'is' || op === '=';
    return (c) => (spec.values(c).length === 0) === wantEmpty;
  }
  if ((op === '~' || op === '!~') && spec.text) return compileContains(spec.text, name, op, operand);
  if (!['=', '!=', 'in', 'not in'].includes(op)) throw unsupported(op, name);
  const resolvers = singles(operand).map((o) => spec.operand(o));
  const positive = op === '=' || op === 'in';
  return (c, ctx) => {
    const wanted = new Set(resolvers.flatMap((r) => r(ctx)));
    const hit = spec.values(c).some((v) => wanted.has(v));
    return positive ? hit : !hit;
  };
}

function compileDate(spec: Extract<FieldKind, { kind: 'date' }>, name: string, op: Operator, operand: Operand): Matcher {
  const [single, ...more] = singles(operand);
  if (!['=', '!=', '<', '<=', '>', '>='].includes(op) || single === undefined || more.length > 0) throw unsupported(op, name);
  const at = dateOperand(single, name);
  // `created = 2025-11-18` means that whole day; with a time or a function, the minute.
  const byDay = single.kind === 'value' && /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(single.text.trim());
  const scale = byDay ? dayOf : minuteOf;
  return (c, ctx) => {
    const a = scale(spec.at(c));
    const b = scale(at(ctx));
    switch (op) {
      case '=':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      default:
        return a >= b;
    }
  };
}

function compileClause(clause: Clause): Matcher {
  const name = fieldName(clause.field);
  const spec = FIELDS[name];
  if (!spec) throw new JqlCompileError(`The field '${name}' is not supported by the Confluence emulator's CQL.`);
  const op = clause.operator;
  if (spec.kind === 'set') return compileSet(spec, name, op, clause.operand);
  if (spec.kind === 'date') return compileDate(spec, name, op, clause.operand);
  return compileContains(spec.text, name, op, clause.operand);
}

/** `~` / `!~` on one text value; the JQL approximation of full-text search (every term, case-insensitive). */
function compileContains(read: (c: CqlContent) => string, name: string, op: Operator, operand: Operand): Matcher {
  if ((op !== '~' && op !== '!~') || operand.kind !== 'value') throw unsupported(op, name);
  const query = compileTextQuery(operand.text, name);
  return op === '~' ? (c) => query(read(c)) : (c) => !query(read(c));
}

function compileExpr(expr: Expr): Matcher {
  if (expr.kind === 'clause') return compileClause(expr);
  if (expr.kind === 'not') {
    const inner = compileExpr(expr.item);
    return (c, ctx) => !inner(c, ctx);
  }
  const items = expr.items.map(compileExpr);
  return expr.kind === 'and' ? (c, ctx) => items.every((m) => m(c, ctx)) : (c, ctx) => items.some((m) => m(c, ctx));
}

/** Without ORDER BY Confluence ranks by relevance; the emulator has no scores and uses most recently modified first. */
const DEFAULT_ORDER = [{ read: lastModified, sign: -1 }];

function compileOrder(keys: SortKey[]): (a: CqlContent, b: CqlContent) => number {
  const order =
    keys.length === 0
      ? DEFAULT_ORDER
      : keys.map((k) => {
          const name = fieldName(k.field);
          const read = SORTABLE[name];
          if (!read) throw new JqlCompileError(`The field '${name}' cannot be used in ORDER BY.`);
          return { read, sign: k.direction === 'desc' ? -1 : 1 };
        });
  return (a, b) => {
    for (const { read, sign } of order) {
      const x = read(a);
      const y = read(b);
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return a.id - b.id;
  };
}

export function compileCql(cql: string): CompiledCql {
  try {
    const query = parse(cql);
    if (!query.where) throw new JqlCompileError('A CQL query needs at least one clause.');
    return { ok: true, matches: compileExpr(query.where), compare: compileOrder(query.orderBy) };
  } catch (e) {
    if (e instanceof JqlCompileError) return { ok: false, message: e.message.replace(/^Error in the JQL Query: /, '') };
    throw e;
  }
}
