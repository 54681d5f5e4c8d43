/**
 * Recursive-descent JQL parser. Precedence: NOT binds tighter than AND, AND tighter than OR.
 * It checks the shape of each clause (IN needs a list, IS needs EMPTY...); field-specific rules live in fields.ts.
 */
import type { Clause, Expr, FieldRef, Operand, Operator, Query, SortKey } from './ast';
import { JqlCompileError, syntaxError } from './errors';
import { tokenize, type Token } from './lexer';
import { must } from '../../shared/must';

const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
/** Words that cannot be a bare field name or value (quote them to use them as text). */
const RESERVED_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc', 'was', 'changed']);

export function parse(jql: string): Query {
  return new Parser(jql, tokenize(jql)).query();
}

class Parser {
  private index = 0;

  constructor(
    private readonly jql: string,
    private readonly tokens: Token[],
  ) {}

  query(): Query {
    let where: Expr | undefined;
    if (!this.atEnd() && !this.atOrderBy()) where = this.or();
    const orderBy = this.atOrderBy() ? this.orderBy() : [];
    const t = this.peek();
    if (t.type === 'eof') return { where, orderBy };
    if (orderBy.length > 0) throw this.error(t, `Expecting ',' or the end of the query after ORDER BY but got '${t.text}'.`);
    if (t.type === ')') throw this.error(t, "Unbalanced parentheses: ')' has no matching '('.");
    throw this.error(t, `Expecting either 'OR' or 'AND' but got '${t.text}'.`);
  }

  private or(): Expr {
    const first = this.and();
    const items = [first];
    while (this.peek().type === 'or' || this.isWord(this.peek(), 'or')) {
      this.next();
      items.push(this.and());
    }
    return items.length === 1 ? first : { kind: 'or', items };
  }

  private and(): Expr {
    const first = this.not();
    const items = [first];
    while (this.peek().type === 'and' || this.isWord(this.peek(), 'and')) {
      this.next();
      items.push(this.not());
    }
    return items.length === 1 ? first : { kind: 'and', items };
  }

  private not(): Expr {
    const t = this.peek();
    if (t.type === 'not' || this.isWord(t, 'not')) {
      this.next();
      return { kind: 'not', item: this.not() };
    }
    if (t.type === '(') {
      this.next();
      const inner = this.or();
      const close = this.peek();
      if (close.type !== ')') {
        throw close.type === 'eof'
          ? this.error(close, `Unbalanced parentheses: expecting ')' before the end of the query.`)
          : this.error(close, `Expecting ')' but got '${close.text}'.`);
      }
      this.next();
      return inner;
    }
    return this.clause();
  }

  private clause(): Clause {
    const field = this.field();
    const operator = this.operator();
    const operand = this.operand();
    this.checkShape(operator, operand);
    return { kind: 'clause', field, operator, operand };
  }

  private field(): FieldRef {
    const t = this.next();
    if (t.type === 'string') return { kind: 'name', name: t.text, quoted: true, pos: t.pos };
    if (t.type !== 'word' || RESERVED_WORDS.has(t.text.toLowerCase())) {
      throw t.type === 'eof'
        ? this.error(t, 'Expecting a field name before the end of the query.')
        : this.error(t, `Expecting a field name but got '${t.text}'.`);
    }
    const lower = t.text.toLowerCase();
    if ((lower === 'cf' || lower === 'issue.property') && this.peek().type === '[') {
      this.next();
      const inner = this.next();
      if (inner.type !== 'word' && inner.type !== 'string')
        throw this.error(inner, `Expecting a value inside '[ ]' but got '${inner.text}'.`);
      this.expect(']');
      if (lower === 'cf') {
        if (!/^\d+$/.test(inner.text))
          throw this.error(inner, `Expecting a custom field id (a number) in cf[...] but got '${inner.text}'.`);
        return { kind: 'cf', id: inner.text, pos: t.pos };
      }
      return { kind: 'property', key: inner.text, path: this.propertyPath(), pos: t.pos };
    }
    return { kind: 'name', name: t.text, quoted: false, pos: t.pos };
  }

  /** `.path.to.value` right after `issue.property[key]` (the lexer keeps dots inside words). */
  private propertyPath(): string[] {
    const t = this.peek();
    const closing = this.tokens[this.index - 1];
    if (t.type !== 'word' || !t.text.startsWith('.') || t.pos !== closing?.end) return [];
    this.next();
    const path = t.text.slice(1).split('.');
    if (path.some((p) => p === '')) throw this.error(t, `The property path '${t.text}' is invalid.`);
    return path;
  }

  private operator(): Operator {
    const t = this.next();
    if (t.type === 'op') return t.text as Operator;
    if (this.isWord(t, 'in')) return 'in';
    if (this.isWord(t, 'not') && this.isWord(this.peek(), 'in')) {
      this.next();
      return 'not in';
    }
    if (this.isWord(t, 'is')) {
      if (this.isWord(this.peek(), 'not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    if (this.isWord(t, 'was') || this.isWord(t, 'changed')) {
      throw this.error(t, `The history operator '${t.text.toUpperCase()}' is not supported by the Jira emulator.`);
    }
    if (t.type === 'eof') throw this.error(t, `Expecting operator before the end of the query. ${VALID_OPERATORS}`);
    throw this.error(t, `Expecting operator but got '${t.text}'. ${VALID_OPERATORS}`);
  }

  private operand(): Operand {
    const t = this.peek();
    if (t.type !== '(') return this.singleValue();
    this.next();
    const items: Operand[] = [this.singleValue()];
    for (;;) {
      const sep = this.next();
      if (sep.type === ')') return { kind: 'list', items, pos: t.pos };
      if (sep.type !== ',') {
        throw sep.type === 'eof'
          ? this.error(sep, `Unbalanced parentheses: expecting ')' before the end of the query.`)
          : this.error(sep, `Expecting ',' or ')' but got '${sep.text}'.`);
      }
      items.push(this.singleValue());
    }
  }

  private singleValue(): Operand {
    const t = this.next();
    if (t.type === 'string') return { kind: 'value', text: t.text, quoted: true, pos: t.pos };
    if (t.type === 'word') {
      const lower = t.text.toLowerCase();
      if (lower === 'empty' || lower === 'null') return { kind: 'empty', pos: t.pos };
      if (this.peek().type === '(') return { kind: 'function', name: t.text, args: this.functionArgs(), pos: t.pos };
      if (!RESERVED_WORDS.has(lower)) return { kind: 'value', text: t.text, quoted: false, pos: t.pos };
      throw this.error(
        t,
        `Expecting either a value, list or function but got '${t.text}'. You must surround '${t.text}' in quotation marks to use it as a value.`,
      );
    }
    if (t.type === 'eof') throw this.error(t, 'Expecting either a value, list or function before the end of the query.');
    throw this.error(t, `Expecting either a value, list or function but got '${t.text}'.`);
  }

  private functionArgs(): string[] {
    this.expect('(');
    const args: string[] = [];
    if (this.peek().type === ')') {
      this.next();
      return args;
    }
    for (;;) {
      const a = this.next();
      if (a.type !== 'word' && a.type !== 'string') {
        throw a.type === 'eof'
          ? this.error(a, `Unbalanced parentheses: expecting ')' before the end of the query.`)
          : this.error(a, `Expecting a function argument but got '${a.text}'.`);
      }
      args.push(a.text);
      const sep = this.next();
      if (sep.type === ')') return args;
      if (sep.type !== ',') {
        throw sep.type === 'eof'
          ? this.error(sep, `Unbalanced parentheses: expecting ')' before the end of the query.`)
          : this.error(sep, `Expecting ',' or ')' but got '${sep.text}'.`);
      }
    }
  }

  /** Operator/operand combinations that can never make sense, whatever the field. */
  private checkShape(operator: Operator, operand: Operand): void {
    const name = operator.toUpperCase();
    const isList = operand.kind === 'list';
    if (operator === 'in' || operator === 'not in') {
      if (!isList && operand.kind !== 'function') {
        throw syntaxError(this.jql, operand.pos, `The operator '${name}' requires a list of values, e.g. ('a', 'b').`);
      }
    } else if (isList) {
      throw syntaxError(this.jql, operand.pos, `The operator '${name}' does not support a list of values; use 'IN' or 'NOT IN'.`);
    }
    if ((operator === 'is' || operator === 'is not') && operand.kind !== 'empty') {
      throw syntaxError(this.jql, operand.pos, `The operator '${name}' only supports EMPTY or NULL.`);
    }
    if (operand.kind === 'empty' && !['=', '!=', 'is', 'is not'].includes(operator)) {
      throw syntaxError(this.jql, operand.pos, `The operator '${name}' does not support the value EMPTY.`);
    }
  }

  private orderBy(): SortKey[] {
    this.next(); // ORDER
    this.next(); // BY
    const keys: SortKey[] = [];
    for (;;) {
      const field = this.field();
      let direction: 'asc' | 'desc' = 'asc';
      if (this.isWord(this.peek(), 'asc') || this.isWord(this.peek(), 'desc')) {
        direction = this.next().text.toLowerCase() as 'asc' | 'desc';
      }
      keys.push({ field, direction });
      if (this.peek().type !== ',') return keys;
      this.next();
    }
  }

  private atOrderBy(): boolean {
    return this.isWord(this.peek(), 'order') && this.isWord(this.tokens[this.index + 1], 'by');
  }

  private atEnd(): boolean {
    return this.peek().type === 'eof';
  }

  private isWord(t: Token | undefined, word: string): boolean {
    return t !== undefined && t.type === 'word' && t.text.toLowerCase() === word;
  }

  private expect(type: '(' | ')' | ']'): Token {
    const t = this.next();
    if (t.type !== type) {
      throw t.type === 'eof'
        ? this.error(t, `Expecting '${type}' before the end of the query.`)
        : this.error(t, `Expecting '${type}' but got '${t.text}'.`);
    }
    return t;
  }

  private peek(): Token {
    // The lexer ends every list with 'eof' and next() never moves past it.
    return must(this.tokens[this.index], 'a token before eof');
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.index++;
    return t;
  }

  private error(t: Token, detail: string): JqlCompileError {
    return syntaxError(this.jql, t.pos, detail);
  }
}
