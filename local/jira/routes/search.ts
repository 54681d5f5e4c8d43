import { createHash, randomUUID } from 'node:crypto';
import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { jiraError } from '../../http/jira-errors';
import { findUser, listUsers } from '../../identity/permissions';
import { compileJql, type CompiledJql, type JqlContext, type JqlIssueView } from '../jql';
import { listProjects } from '../store/catalog';
import { issueById, listIssuesInProjects } from '../store/issues';
import { propertyAliases } from '../store/property-aliases';
import { jqlViewOf } from '../store/jql-view';
import type { IssueRow } from '../store/rows';
import { canBrowseProject, requireSignedIn } from './access';
import { intParam, isRecord, listParam, requireObjectBody, stringArray } from './params';
import { onlyIdOrKey, parseFieldSelection } from './render/field-selection';
import { issueJson } from './render/issue';

const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
const MAX_PAGE = 100;
const MAX_PAGE_IDS_ONLY = 5000;
const MAX_PROPERTIES = 5;
const MAX_RECONCILE = 50;

interface SearchParams {
  jql: string;
  nextPageToken?: string;
  maxResults: number;
  fields?: string[];
  expand?: string[];
  properties?: string[];
  reconcileIssues?: number[];
}

function compileBounded(req: RouteRequest, jql: string): CompiledJql {
  if (jql.trim() === '') throw jiraError(400, [UNBOUNDED]);
  const compiled = compileJql(jql, { propertyAliases: propertyAliases(req.db) });
  if (!compiled.ok) throw jiraError(400, [compiled.message]);
  if (!compiled.bounded) throw jiraError(400, [UNBOUNDED]);
  return compiled;
}

function jqlContext(req: RouteRequest): JqlContext {
  return {
    currentAccountId: req.principal.kind === 'user' ? req.principal.accountId : undefined,
    now: new Date(),
    userByName(name: string): string | undefined {
      const direct = findUser(req.db, name);
      if (direct) return direct.account_id;
      const lower = name.toLowerCase();
      return listUsers(req.db).find((u) => u.email.toLowerCase() === lower || u.display_name.toLowerCase() === lower)?.account_id;
    },
  };
}

/** Every issue the caller may browse that matches, in the query's order (ties by id, for stable pages). */
function matchingIssues(req: RouteRequest, compiled: CompiledJql): { row: IssueRow; view: JqlIssueView }[] {
  const projectIds = listProjects(req.db)
    .filter((p) => canBrowseProject(req.db, req.principal, p))
    .map((p) => p.id);
  const ctx = jqlContext(req);
  return listIssuesInProjects(req.db, projectIds)
    .map((row) => ({ row, view: jqlViewOf(req.db, row) }))
    .filter((x) => compiled.matches(x.view, ctx))
    .sort((a, b) => compiled.compare(a.view, b.view) || a.row.id - b.row.id);
}

const queryHash = (jql: string): string => createHash('sha1').update(jql).digest('hex').slice(0, 12);

/**
 * The ordered matches of a search being paged, by the id its tokens carry, kept a minute: later pages slice them
 * instead of evaluating the query over every issue again (which made reading 5,000 issues in pages of 100 quadratic
 * here; Jira's own pages do not cost more as a result set grows). An issue changed meanwhile is shown as it is now.
 */
const PAGING_TTL_MS = 60_000;
const MAX_PAGINGS = 64;
const pagings = new Map<string, { ids: number[]; at: number }>();

function remember(key: string, ids: number[]): void {
  const now = Date.now();
  for (const [k, v] of pagings) if (now - v.at > PAGING_TTL_MS || pagings.size >= MAX_PAGINGS) pagings.delete(k);
  pagings.set(key, { ids, at: now });
}

function encodeToken(jql: string, offset: number, list: string): string {
  return Buffer.from(JSON.stringify({ q: queryHash(jql), o: offset, l: list })).toString('base64url');
}

function decodeToken(jql: string, token: string): { offset: number; list?: string } {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (isRecord(parsed) && parsed.q === queryHash(jql) && typeof parsed.o === 'number' && parsed.o >= 0)
      return { offset: parsed.o, ...(typeof parsed.l === 'string' ? { list: parsed.l } : {}) };
  } catch {
    /* fall through to the error */
  }
  throw jiraError(400, ['The provided next page token is invalid or does not belong to this query.']);
}

/** The matching issue rows of one page, and how many match in all. */
function pageOf(req: RouteRequest, compiled: CompiledJql, pageKey: string | undefined, offset: number, size: number) {
  const cached = pageKey ? pagings.get(pageKey) : undefined;
  if (cached && Date.now() - cached.at <= PAGING_TTL_MS) {
    const rows = cached.ids.slice(offset, offset + size).flatMap((id) => issueById(req.db, id) ?? []);
    return { rows, ids: cached.ids };
  }
  const all = matchingIssues(req, compiled);
  return { rows: all.slice(offset, offset + size).map((x) => x.row), ids: all.map((x) => x.row.id) };
}

function search(req: RouteRequest, p: SearchParams): RouteResponse {
  requireSignedIn(req);
  const compiled = compileBounded(req, p.jql);
  if ((p.properties?.length ?? 0) > MAX_PROPERTIES) throw jiraError(400, [`At most ${MAX_PROPERTIES} issue properties can be requested.`]);
  if ((p.reconcileIssues?.length ?? 0) > MAX_RECONCILE) throw jiraError(400, [`At most ${MAX_RECONCILE} issues can be reconciled.`]);
  if (p.maxResults < 0) throw jiraError(400, ["'maxResults' must not be negative."]);
  const fields = parseFieldSelection(p.fields, 'id');
  const cap = onlyIdOrKey(fields) ? MAX_PAGE_IDS_ONLY : MAX_PAGE;
  const pageSize = Math.max(1, Math.min(p.maxResults, cap));
  const token = p.nextPageToken ? decodeToken(p.jql, p.nextPageToken) : { offset: 0 };
  const { offset } = token;
  const who = req.principal.kind === 'user' ? req.principal.accountId : req.principal.kind;
  const list = token.list ?? randomUUID();
  const pageKey = `${who}|${list}`;
  const { rows, ids } = pageOf(req, compiled, token.list ? pageKey : undefined, offset, pageSize);
  const idOnly = !fields.all && !fields.navigable && [...fields.include].every((f) => f === 'id');
  const issues = rows.map((row) =>
    idOnly ? { id: String(row.id) } : issueJson(req.db, req.baseUrl, row, { fields, properties: p.properties, expand: p.expand }),
  );
  const isLast = offset + pageSize >= ids.length;
  if (!isLast) remember(pageKey, ids);
  const body = { issues, ...(isLast ? {} : { nextPageToken: encodeToken(p.jql, offset + pageSize, list) }), isLast };
  return { status: 200, body, cost: { objects: issues.length } };
}

function searchGet(req: RouteRequest): RouteResponse {
  const reconcile = listParam(req.query, 'reconcileIssues')?.map(Number);
  return search(req, {
    jql: req.query.get('jql') ?? '',
    nextPageToken: req.query.get('nextPageToken') ?? undefined,
    maxResults: intParam(req.query, 'maxResults', 50),
    fields: listParam(req.query, 'fields'),
    expand: listParam(req.query, 'expand'),
    properties: listParam(req.query, 'properties'),
    reconcileIssues: reconcile,
  });
}

function searchPost(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  if (body.maxResults !== undefined && !Number.isInteger(body.maxResults)) throw jiraError(400, ["'maxResults' must be an integer."]);
  if (body.jql !== undefined && typeof body.jql !== 'string') throw jiraError(400, ["'jql' must be a string."]);
  if (body.nextPageToken !== undefined && body.nextPageToken !== null && typeof body.nextPageToken !== 'string')
    throw jiraError(400, ["'nextPageToken' must be a string."]);
  const reconcile = body.reconcileIssues;
  if (reconcile !== undefined && (!Array.isArray(reconcile) || reconcile.some((x) => !Number.isInteger(x))))
    throw jiraError(400, ["'reconcileIssues' must be an array of issue ids."]);
  return search(req, {
    jql: body.jql ?? '',
    nextPageToken: body.nextPageToken ?? undefined,
    maxResults: (body.maxResults as number | undefined) ?? 50,
    fields: stringArray(body.fields, 'fields')?.flatMap((f) => f.split(',')),
    expand: typeof body.expand === 'string' ? body.expand.split(',') : undefined,
    properties: stringArray(body.properties, 'properties'),
    reconcileIssues: reconcile as number[] | undefined,
  });
}

function approximateCount(req: RouteRequest): RouteResponse {
  requireSignedIn(req);
  const body = requireObjectBody(req.body);
  if (typeof body.jql !== 'string') throw jiraError(400, [UNBOUNDED]);
  const compiled = compileBounded(req, body.jql);
  return { status: 200, body: { count: matchingIssues(req, compiled).length } };
}

export function searchRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/rest/api/3/search/jql', handler: searchGet },
    { method: 'POST', pattern: '/rest/api/3/search/jql', handler: searchPost },
    { method: 'POST', pattern: '/rest/api/3/search/approximate-count', handler: approximateCount },
  ];
}
