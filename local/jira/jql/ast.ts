/** Syntax tree produced by parser.ts. Positions are 0-based offsets into the JQL text (for error messages). */

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** How a clause names its field: a plain (possibly quoted) name, `cf[10010]`, or `issue.property[key].path`. */
export type FieldRef =
  | { kind: 'name'; name: string; quoted: boolean; pos: number }
  | { kind: 'cf'; id: string; pos: number }
  | { kind: 'property'; key: string; path: string[]; pos: number };

export type Operand =
  | { kind: 'value'; text: string; quoted: boolean; pos: number }
  | { kind: 'empty'; pos: number }
  | { kind: 'function'; name: string; args: string[]; pos: number }
  | { kind: 'list'; items: Operand[]; pos: number };

export interface Clause {
  kind: 'clause';
  field: FieldRef;
  operator: Operator;
  operand: Operand;
}

export type Expr = Clause | { kind: 'and'; items: Expr[] } | { kind: 'or'; items: Expr[] } | { kind: 'not'; item: Expr };

export interface SortKey {
  field: FieldRef;
  direction: 'asc' | 'desc';
}

export interface Query {
  where?: Expr;
  orderBy: SortKey[];
}
