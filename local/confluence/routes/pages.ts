import { updatePage } from './update-page';
import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { findPage, listPages } from '../store/pages';
import { listSpaces } from '../store/spaces';
import { canRead, requireAuthenticated, requireRead } from './access';
import { badRequest, notFound } from './errors';
import { pageJson, readBodyFormat, singlePageJson } from './json';
import { createPage } from './create-page';
import { idListParam, listParam, pageLinks, readWindow } from './paging';
import { pathParam } from '../../http/path-param';

const LIST_STATUSES = ['current', 'archived', 'deleted', 'trashed'];
/** Pages that GET /pages/{id} shows without asking for a specific status. */
const VISIBLE_STATUSES = new Set(['current', 'archived', 'draft']);

export function parsePageId(raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw)) throw badRequest('The page id must be a number');
  return Number(raw);
}

/** GET /wiki/api/v2/pages/{id}?body-format=storage|atlas_doc_format|view */
function getPage(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const format = readBodyFormat(req.query, ['storage', 'atlas_doc_format', 'view']);
  const page = findPage(req.db, parsePageId(pathParam(req, 'id')));
  if (!page || !VISIBLE_STATUSES.has(page.status)) throw notFound();
  requireRead(req.db, req.principal, page.space_key);
  return { status: 200, body: singlePageJson(page, format, req.baseUrl), cost: { objects: 1 } };
}

/** GET /wiki/api/v2/pages: filters by id (≤ 250), space-id, title, status; only pages the caller can see. */
function getPages(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const window = readWindow(req.query);
  const format = readBodyFormat(req.query, ['storage', 'atlas_doc_format']);
  const ids = idListParam(req.query, 'id', 250);
  const requestedSpaces = idListParam(req.query, 'space-id', 100);
  const statuses = listParam(req.query, 'status');
  const unknown = statuses.find((s) => !LIST_STATUSES.includes(s));
  if (unknown) throw badRequest(`status must be one of ${LIST_STATUSES.join(', ')}`);
  const title = req.query.get('title') ?? undefined;

  // Permission first, in SQL: a hidden page must neither appear nor take a slot in the page.
  const readable = listSpaces(req.db, {})
    .filter((s) => canRead(req.db, req.principal, s.key))
    .map((s) => s.id);
  const spaceIds = requestedSpaces.length > 0 ? requestedSpaces.filter((id) => readable.includes(id)) : readable;
  const rows =
    spaceIds.length === 0
      ? []
      : listPages(req.db, {
          ids,
          spaceIds,
          title,
          statuses: statuses.length > 0 ? statuses : ['current', 'archived'],
          afterId: window.afterId,
          limit: window.limit + 1,
        });
  const results = rows.slice(0, window.limit);
  const paging = pageLinks(req.path, req.query, results[results.length - 1]?.id, rows.length > window.limit, req.baseUrl);
  return {
    status: 200,
    body: { results: results.map((p) => pageJson(p, format)), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

export function pageRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/wiki/api/v2/pages', handler: getPages },
    { method: 'POST', pattern: '/wiki/api/v2/pages', handler: createPage },
    { method: 'GET', pattern: '/wiki/api/v2/pages/{id}', handler: getPage },
    { method: 'PUT', pattern: '/wiki/api/v2/pages/{id}', handler: updatePage },
  ];
}
