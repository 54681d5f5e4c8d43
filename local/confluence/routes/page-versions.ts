import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { findPage } from '../store/pages';
import { findPageVersion, latestVersionNumber, listPageVersions, type PageVersionRow } from '../store/page-versions';
import type { PageRow } from '../store/rows';
import { requireAuthenticated, requireRead } from './access';
import { badRequest, notFound } from './errors';
import { readBodyFormat } from './json';
import { pageLinks, readWindow } from './paging';
import { parsePageId } from './pages';
import { pathParam } from '../../http/path-param';

/** Pages whose history can be read: what GET /pages/{id} shows. */
const READABLE = new Set(['current', 'archived', 'draft']);

function versionJson(page: PageRow, v: PageVersionRow, format: 'storage' | undefined): Record<string, unknown> {
  return {
    createdAt: v.created_at,
    message: v.message,
    number: v.number,
    minorEdit: v.minor_edit === 1,
    authorId: v.author_id,
    page: {
      id: String(page.id),
      title: page.title,
      ...(format ? { body: { storage: { representation: 'storage', value: v.storage } } } : {}),
    },
  };
}

/** GET /wiki/api/v2/pages/{id}/versions: the page's history, newest first unless `sort=modified-date`, cursor paged. */
function getPageVersions(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const page = findPage(req.db, parsePageId(pathParam(req, 'id')));
  if (!page || !READABLE.has(page.status)) throw notFound();
  requireRead(req.db, req.principal, page.space_key);
  const format = readBodyFormat(req.query, ['storage']) as 'storage' | undefined;
  const sort = req.query.get('sort');
  if (sort !== null && sort !== 'modified-date' && sort !== '-modified-date')
    throw badRequest("sort must be 'modified-date' or '-modified-date'");
  const window = readWindow(req.query);
  const order = sort === 'modified-date' ? 'asc' : 'desc';
  const rows = listPageVersions(req.db, page.id, {
    order,
    after: window.afterId === 0 ? undefined : window.afterId,
    limit: window.limit + 1,
  });
  const results = rows.slice(0, window.limit);
  const paging = pageLinks(req.path, req.query, results[results.length - 1]?.number, rows.length > window.limit, req.baseUrl);
  return {
    status: 200,
    body: { results: results.map((v) => versionJson(page, v, format)), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

/**
 * GET /wiki/api/v2/pages/{page-id}/versions/{version-number}: one version as `DetailedVersion` (no body, no page),
 * with the numbers of its neighbours; `collaborators` holds its author (the emulator keeps no co-editing sessions).
 */
function getPageVersion(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const page = findPage(req.db, parsePageId(pathParam(req, 'page-id')));
  if (!page || !READABLE.has(page.status)) throw notFound();
  requireRead(req.db, req.principal, page.space_key);
  const raw = pathParam(req, 'version-number');
  if (!/^\d+$/.test(raw)) throw badRequest('The version number must be a number');
  const v = findPageVersion(req.db, page.id, Number(raw));
  if (!v) throw notFound();
  const latest = latestVersionNumber(req.db, page.id);
  return {
    status: 200,
    body: {
      number: v.number,
      authorId: v.author_id,
      message: v.message,
      createdAt: v.created_at,
      minorEdit: v.minor_edit === 1,
      contentTypeModified: false,
      collaborators: [v.author_id],
      ...(v.number > 1 ? { prevVersion: v.number - 1 } : {}),
      ...(v.number < latest ? { nextVersion: v.number + 1 } : {}),
    },
    cost: { objects: 1 },
  };
}

export function pageVersionRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/wiki/api/v2/pages/{id}/versions', handler: getPageVersions },
    { method: 'GET', pattern: '/wiki/api/v2/pages/{page-id}/versions/{version-number}', handler: getPageVersion },
  ];
}
