import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { findUser, findUserByEmail } from '../../identity/permissions';
import { compileCql } from '../cql/compile';
import { loadSearchableContent } from '../cql/load-content';
import { listSpaces } from '../store/spaces';
import { canRead } from './access';
import { searchResultJson } from './search-json';
import { v1Error } from './v1-errors';

const DEFAULT_LIMIT = 25;
/** The spec sets no maximum ("may be restricted by fixed system limits"); like Confluence we cap rather than refuse. */
const MAX_LIMIT = 250;
const EXCERPTS = ['highlight', 'indexed', 'none', 'highlight_unescaped', 'indexed_unescaped'];

function nonNegative(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw v1Error(400, `${name} must be a non-negative integer`);
  return n;
}

/** The cursor is the offset of the next result (base64url): search results have no stable key to page on. */
function readStart(query: URLSearchParams): number {
  const cursor = query.get('cursor');
  if (cursor === null || cursor === '') return nonNegative(query, 'start', 0);
  const m = /^start:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw v1Error(400, 'cursor is not valid');
  return Number(m[1]);
}

/** The same search at another offset: `_links` hold it relative to the `/wiki` context, the Link header from the root. */
function linkAt(query: URLSearchParams, start: number, direction: 'next' | 'prev'): string {
  const q = new URLSearchParams(query);
  q.delete('start');
  q.delete('next');
  q.delete('prev');
  q.set('cursor', Buffer.from(`start:${start}`, 'utf8').toString('base64url'));
  q.set(direction, 'true');
  return `/rest/api/search?${q.toString()}`;
}

/**
 * GET /wiki/rest/api/search?cql=...: CQL search over the pages the caller can read (see cql/compile.ts for the
 * fields), `limit` + `start` or the `cursor` of the `next`/`prev` links, newest change first without ORDER BY.
 */
function search(req: RouteRequest): RouteResponse {
  if (req.principal.kind === 'anonymous') throw v1Error(401, 'Authentication credentials are missing or invalid.');
  const cql = req.query.get('cql') ?? '';
  if (cql.trim() === '') throw v1Error(400, 'CQL query parameter is required but was empty');
  const excerpt = req.query.get('excerpt') ?? 'highlight';
  if (!EXCERPTS.includes(excerpt)) throw v1Error(400, `excerpt must be one of ${EXCERPTS.join(', ')}`);
  const limit = Math.min(nonNegative(req.query, 'limit', DEFAULT_LIMIT), MAX_LIMIT);
  const start = readStart(req.query);
  const compiled = compileCql(cql);
  if (!compiled.ok) throw v1Error(400, `Could not parse cql : ${cql}`, compiled.message);

  const began = Date.now();
  const principal = req.principal;
  const currentAccountId = principal.kind === 'user' ? principal.accountId : undefined;
  const ctx = {
    now: new Date(),
    currentAccountId,
    userByName: (name: string) => (findUserByEmail(req.db, name) ?? findUser(req.db, name))?.account_id,
  };
  // Permission first: content of a space the caller cannot read is neither returned nor counted.
  const spaces = listSpaces(req.db, {}).filter((s) => canRead(req.db, principal, s.key));
  const hits = loadSearchableContent(
    req.db,
    spaces.map((s) => s.id),
  )
    .filter((item) => compiled.matches(item.content, ctx))
    .sort((a, b) => compiled.compare(a.content, b.content));
  const page = hits.slice(start, start + limit);
  const bySpace = new Map(spaces.map((s) => [s.id, s]));
  const base = `${req.baseUrl}/wiki`;
  const next = start + limit < hits.length && limit > 0 ? linkAt(req.query, start + limit, 'next') : undefined;
  const prev = start > 0 ? linkAt(req.query, Math.max(0, start - Math.max(limit, 1)), 'prev') : undefined;
  const self = `${base}/rest/api/search?${req.query.toString()}`;
  return {
    status: 200,
    body: {
      results: page.map((item) => searchResultJson(item, bySpace.get(item.page.space_id), excerpt, req.baseUrl)),
      start,
      limit,
      size: page.length,
      totalSize: hits.length,
      cqlQuery: cql,
      searchDuration: Date.now() - began,
      _links: { base, context: '/wiki', self, ...(next ? { next } : {}), ...(prev ? { prev } : {}) },
    },
    headers: next ? { Link: `</wiki${next}>; rel="next"` } : {},
    cost: { objects: page.length },
  };
}

export function searchRoutes(): Route[] {
  return [{ method: 'GET', pattern: '/wiki/rest/api/search', handler: search }];
}
