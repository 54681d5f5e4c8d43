import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { findSpace, listSpaces } from '../store/spaces';
import { canRead, requireAuthenticated, requireRead } from './access';
import { badRequest, notFound } from './errors';
import { spaceJson } from './json';
import { idListParam, listParam, pageLinks, readWindow } from './paging';
import { pathParam } from '../../http/path-param';

/** GET /wiki/api/v2/spaces: only spaces the caller can read, in id order, cursor paged. */
function getSpaces(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const window = readWindow(req.query);
  const keys = listParam(req.query, 'keys');
  if (keys.length > 250) throw badRequest('keys accepts at most 250 values');
  const ids = idListParam(req.query, 'ids', 250);
  const visible = listSpaces(req.db, { keys, ids, afterId: window.afterId }).filter((s) => canRead(req.db, req.principal, s.key));
  const results = visible.slice(0, window.limit);
  const paging = pageLinks(req.path, req.query, results[results.length - 1]?.id, visible.length > window.limit, req.baseUrl);
  return {
    status: 200,
    body: { results: results.map(spaceJson), _links: paging.links },
    headers: paging.headers,
    cost: { objects: results.length },
  };
}

/** GET /wiki/api/v2/spaces/{id} */
function getSpace(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const id = pathParam(req, 'id');
  if (!/^\d+$/.test(id)) throw badRequest('id must be a numeric space id');
  const space = findSpace(req.db, Number(id));
  if (!space) throw notFound();
  requireRead(req.db, req.principal, space.key);
  return {
    status: 200,
    body: { ...spaceJson(space), _links: { webui: `/spaces/${space.key}`, base: `${req.baseUrl}/wiki` } },
    cost: { objects: 1 },
  };
}

export function spaceRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/wiki/api/v2/spaces', handler: getSpaces },
    { method: 'GET', pattern: '/wiki/api/v2/spaces/{id}', handler: getSpace },
  ];
}
