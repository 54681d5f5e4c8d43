/**
 * JQL engine of the Jira emulator: pure, no I/O. `compileJql` parses once; the result is then evaluated
 * against each issue. Supported syntax and known gaps are listed in README.md next to this file.
 */
import { parse } from './parser';
import { compileExpr } from './evaluate';
import { resolveField } from './fields';
import { compileOrderBy } from './order-by';
import { JqlCompileError } from './errors';

export interface JqlIssueView {
  id: string;
  key: string;
  projectKey: string;
  issueType: string;
  status: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  parentKey?: string;
  labels: string[];
  assigneeAccountId?: string;
  reporterAccountId?: string;
  dueDate?: string /* yyyy-mm-dd */;
  created: string;
  updated: string;
  resolved?: string; /* ISO datetimes */
  summary: string;
  properties: Record<string, unknown>; // issue properties by key (parsed JSON)
  customFields: Record<string, unknown>; // by field id 'customfield_10010' AND by lower-cased field name
}
export interface JqlContext {
  currentAccountId?: string;
  now: Date;
  userByName(nameOrEmailOrId: string): string | undefined; /* accountId */
}
export type CompiledJql = {
  ok: true;
  bounded: boolean;
  matches(issue: JqlIssueView, ctx: JqlContext): boolean;
  compare(a: JqlIssueView, b: JqlIssueView): number;
};
export type JqlError = { ok: false; message: string };

export function compileJql(jql: string): CompiledJql | JqlError {
  try {
    const query = parse(jql);
    const where = query.where;
    const matches = where
      ? compileExpr(where, (clause, negated) => resolveField(clause.field).clause(clause.operator, clause.operand, negated))
      : () => true;
    // Unbounded = no search restriction at all (empty query or only ORDER BY); the endpoint decides what to do.
    return { ok: true, bounded: where !== undefined, matches, compare: compileOrderBy(query.orderBy) };
  } catch (e) {
    if (e instanceof JqlCompileError) return { ok: false, message: e.message };
    throw e;
  }
}
