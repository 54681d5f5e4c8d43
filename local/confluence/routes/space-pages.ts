import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { listPages } from '../store/pages';
import { findSpace } from '../store/spaces';
import { requireAuthenticated, requireRead } from './access';
import { badRequest, notFound } from './errors';
import { pageJson, readBodyFormat } from './json';
import { listParam } from './paging';
import { readPageSort, sortedPage } from './sorted-paging';
import { pathParam } from '../../http/path-param';

const LIST_STATUSES = ['current', 'archived', 'deleted', 'trashed'];

/**
 * GET /wiki/api/v2/spaces/{id}/pages: the pages of one space (what a client lists when it opens a space), filtered by
 * `depth` (all | root), `status` (default current + archived), exact `title`; sorted by `sort`; cursor paged.
 * A space the caller cannot read answers 404, as if it did not exist.
 */
function getSpacePages(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const id = pathParam(req, 'id');
  if (!/^\d+$/.test(id)) throw badRequest('id must be a numeric space id');
  const space = findSpace(req.db, Number(id));
  if (!space) throw notFound();
  requireRead(req.db, req.principal, space.key);
  const depth = req.query.get('depth') ?? 'all';
  if (depth !== 'all' && depth !== 'root') throw badRequest("depth must be 'all' or 'root'");
  const statuses = listParam(req.query, 'status');
  const unknown = statuses.find((s) => !LIST_STATUSES.includes(s));
  if (unknown) throw badRequest(`status must be one of ${LIST_STATUSES.join(', ')}`);
  const format = readBodyFormat(req.query, ['storage', 'atlas_doc_format']);
  const sort = readPageSort(req.query, ['id', 'created-date', 'modified-date', 'title'], 'id');
  const rows = listPages(req.db, {
    spaceIds: [space.id],
    title: req.query.get('title') ?? undefined,
    parentId: depth === 'root' ? null : undefined,
    statuses: statuses.length > 0 ? statuses : ['current', 'archived'],
  });
  const { results, paging } = sortedPage(rows, sort, req.path, req.query, req.baseUrl);
  return {
    status: 200,
    body: { results: results.map((p) => pageJson(p, format)), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

export function spacePageRoutes(): Route[] {
  return [{ method: 'GET', pattern: '/wiki/api/v2/spaces/{id}/pages', handler: getSpacePages }];
}
