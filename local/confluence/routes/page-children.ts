import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { findPage, listPages } from '../store/pages';
import type { PageRow } from '../store/rows';
import { requireAuthenticated, requireRead } from './access';
import { notFound } from './errors';
import { parsePageId } from './pages';
import { readPageSort, sortedPage, type PageSortField } from './sorted-paging';
import { pathParam } from '../../http/path-param';

/** Parents whose children can be listed: the pages GET /pages/{id} shows. */
const READABLE = new Set(['current', 'archived', 'draft']);

/** The parent, once the caller may read its space; children share the parent's space, hence its permission. */
function readableParent(req: RouteRequest): PageRow {
  requireAuthenticated(req.principal);
  const parent = findPage(req.db, parsePageId(pathParam(req, 'id')));
  if (!parent || !READABLE.has(parent.status)) throw notFound();
  requireRead(req.db, req.principal, parent.space_key);
  return parent;
}

/** Children in the page tree: current pages only (trash and drafts are not in the tree). */
const childrenOf = (req: RouteRequest, parent: PageRow): PageRow[] => listPages(req.db, { parentId: parent.id, statuses: ['current'] });

/** Pages keep no explicit position in the emulator: null, as Confluence answers for never-reordered trees. */
const childPage = (p: PageRow): Record<string, unknown> => ({
  id: String(p.id),
  status: p.status,
  title: p.title,
  spaceId: String(p.space_id),
  childPosition: null,
});

function answer(req: RouteRequest, fields: readonly PageSortField[], item: (p: PageRow) => Record<string, unknown>): RouteResponse {
  const parent = readableParent(req);
  const { results, paging } = sortedPage(
    childrenOf(req, parent),
    readPageSort(req.query, fields, 'child-position'),
    req.path,
    req.query,
    req.baseUrl,
  );
  return {
    status: 200,
    body: { results: results.map(item), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

/** GET /wiki/api/v2/pages/{id}/children: `ChildPage` items, default order child-position. */
const getChildren = (req: RouteRequest): RouteResponse => answer(req, ['created-date', 'id', 'child-position', 'modified-date'], childPage);

/** GET /wiki/api/v2/pages/{id}/direct-children: `ChildrenResponse` items (pages are the only content type here). */
const getDirectChildren = (req: RouteRequest): RouteResponse =>
  answer(req, ['created-date', 'id', 'modified-date', 'child-position', 'title'], (p) => ({ ...childPage(p), type: 'page' }));

export function pageChildrenRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/wiki/api/v2/pages/{id}/children', handler: getChildren },
    { method: 'GET', pattern: '/wiki/api/v2/pages/{id}/direct-children', handler: getDirectChildren },
  ];
}
