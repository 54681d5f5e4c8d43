/**
 * Turns the checked AST into predicates. Jira semantics worth knowing:
 * - negative operators (!=, NOT IN, !~) never match an empty field: `assignee != bob` skips unassigned issues;
 * - NOT is pushed down onto the operators (NOT a = b  ==  a != b), so it shares that rule, as in Jira;
 * - multi-valued fields (labels) match `=` when any value matches and `!=` when none does.
 */
import type { Clause, Expr, Operand, Operator } from './ast';
import type { JqlContext, JqlIssueView } from './index';
import { JqlCompileError, unsupportedOperator } from './errors';
import { compileTextQuery, type TextQuery } from './text-match';
import { must } from '../../shared/must';

export type Predicate = (issue: JqlIssueView, ctx: JqlContext) => boolean;
/** A value or function operand (lists and EMPTY are handled here, not by the field). */
export type SingleOperand = Extract<Operand, { kind: 'value' | 'function' }>;

/** What a field must provide to be searchable. T: the issue's values, U: the operand's resolved values. */
export interface FieldSpec<T, U> {
  label: string;
  operators: readonly Operator[];
  values(issue: JqlIssueView): T[];
  /** Checks one operand at compile time and returns how to resolve it per search; throws on bad values. */
  operand(operand: SingleOperand): (ctx: JqlContext) => U[];
  equals(t: T, u: U): boolean;
  /** Ordering for <, <=, >, >=; undefined when the two are not comparable (never matches). */
  compare?: (t: T, u: U) => number | undefined;
  /** The searchable text of a value, for ~ and !~. */
  text?: (t: T) => string;
}

export type ClauseCompiler = (operator: Operator, operand: Operand) => Predicate;

const NEGATION: Record<Operator, Operator> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '~': '!~',
  '!~': '~',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
};

export function compileExpr(expr: Expr, compileClause: (clause: Clause, negated: boolean) => Predicate, negated = false): Predicate {
  switch (expr.kind) {
    case 'clause':
      return compileClause(expr, negated);
    case 'not':
      return compileExpr(expr.item, compileClause, !negated);
    case 'and':
    case 'or': {
      const parts = expr.items.map((e) => compileExpr(e, compileClause, negated));
      // De Morgan: a negated AND is an OR of negated parts, and vice versa.
      const all = (expr.kind === 'and') !== negated;
      return all ? (i, c) => parts.every((p) => p(i, c)) : (i, c) => parts.some((p) => p(i, c));
    }
  }
}

/** Builds the predicate of one clause; `negated` flips the operator (NOT push-down). */
export function compileClause<T, U>(spec: FieldSpec<T, U>, operator: Operator, operand: Operand, negated: boolean): Predicate {
  if (!spec.operators.includes(operator) || ((operator === '~' || operator === '!~') && !spec.text)) {
    throw unsupportedOperator(operator.toUpperCase(), spec.label);
  }
  let op = negated ? NEGATION[operator] : operator;
  // `field = EMPTY` is `field IS EMPTY`.
  if (operand.kind === 'empty') op = op === '=' || op === 'is' ? 'is' : 'is not';
  if (op === 'is') return (issue) => spec.values(issue).length === 0;
  if (op === 'is not') return (issue) => spec.values(issue).length > 0;
  if (operand.kind === 'empty') throw new JqlCompileError(`The operator '${op}' does not support the value EMPTY.`);

  if (op === '~' || op === '!~') {
    const query = textQuery(spec, operand);
    const text = must(spec.text, 'the text of a ~ field');
    const anyMatch = (issue: JqlIssueView): boolean => spec.values(issue).some((t) => query(text(t)));
    return op === '~' ? anyMatch : (issue) => spec.values(issue).length > 0 && !anyMatch(issue);
  }

  const items = operand.kind === 'list' ? operand.items : [operand];
  const emptyAllowed = items.some((i) => i.kind === 'empty');
  const resolvers = items.filter((i): i is SingleOperand => i.kind !== 'empty').map((i) => spec.operand(i));
  const resolve = (ctx: JqlContext): U[] => resolvers.flatMap((r) => r(ctx));

  if (op === '=' || op === 'in' || op === '!=' || op === 'not in') {
    const positive = op === '=' || op === 'in';
    return (issue, ctx) => {
      const values = spec.values(issue);
      if (values.length === 0) return positive && emptyAllowed;
      const wanted = resolve(ctx);
      const hit = values.some((t) => wanted.some((u) => spec.equals(t, u)));
      return positive ? hit : !hit;
    };
  }

  const compare = spec.compare;
  if (!compare) throw unsupportedOperator(operator.toUpperCase(), spec.label);
  const test = RELATIONAL[op];
  return (issue, ctx) => {
    const wanted = resolve(ctx);
    return spec.values(issue).some((t) =>
      wanted.some((u) => {
        const c = compare(t, u);
        return c !== undefined && test(c);
      }),
    );
  };
}

const RELATIONAL: Record<'<' | '<=' | '>' | '>=', (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

function textQuery<T, U>(spec: FieldSpec<T, U>, operand: Operand): TextQuery {
  if (operand.kind !== 'value') {
    throw new JqlCompileError(`The operator '~' needs a text value for the field '${spec.label}'.`);
  }
  return compileTextQuery(operand.text, spec.label);
}
