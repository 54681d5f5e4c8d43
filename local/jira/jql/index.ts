/**
 * JQL engine of the Jira emulator: pure, no I/O. `compileJql` parses once; the result is then evaluated
 * against each issue. Supported syntax and known gaps are listed in README.md next to this file.
 */
import { parse } from './parser';
import { compileExpr } from './evaluate';
import { resolveField } from './fields';
import { compileOrderBy } from './order-by';
import { JqlCompileError } from './errors';
import type { FieldRef } from './ast';

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

export interface JqlOptions {
  /**
   * Search aliases of indexed issue properties (the app's `jira:entityProperty` `searchAlias`), by lower-cased alias:
   * `campaignChannel = email` is `issue.property[campaignTargeting].channels = email`.
   */
  propertyAliases?: ReadonlyMap<string, { key: string; path: readonly string[] }>;
}

/** A bare field name that is a property's search alias, as the property path it stands for. */
function unaliased(ref: FieldRef, options: JqlOptions): FieldRef {
  if (ref.kind !== 'name' || ref.quoted) return ref;
  const alias = options.propertyAliases?.get(ref.name.trim().toLowerCase());
  return alias ? { kind: 'property', key: alias.key, path: [...alias.path], pos: ref.pos } : ref;
}

export function compileJql(jql: string, options: JqlOptions = {}): CompiledJql | JqlError {
  try {
    const query = parse(jql);
    const where = query.where;
    const matches = where
      ? compileExpr(where, (clause, negated) =>
          resolveField(unaliased(clause.field, options)).clause(clause.operator, clause.operand, negated),
        )
      : () => true;
    // Unbounded = no search restriction at all (empty query or only ORDER BY); the endpoint decides what to do.
    return { ok: true, bounded: where !== undefined, matches, compare: compileOrderBy(query.orderBy) };
  } catch (e) {
    if (e instanceof JqlCompileError) return { ok: false, message: e.message };
    throw e;
  }
}
