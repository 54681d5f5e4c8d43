import type { Route, RouteRequest, RouteResponse } from '../../http/types';
import { hasSpacePermission } from '../../identity/permissions';
import { findPage } from '../store/pages';
import { setPageStatus } from '../store/page-versions';
import { canRead, requireAuthenticated } from './access';
import { badRequest, notFound } from './errors';
import { parsePageId } from './pages';
import { pathParam } from '../../http/path-param';

const flag = (req: RouteRequest, name: string): boolean => {
  const v = req.query.get(name);
  if (v !== null && v !== 'true' && v !== 'false') throw badRequest(`${name} must be true or false`);
  return v === 'true';
};

/**
 * DELETE /wiki/api/v2/pages/{id}: a current page goes to the trash (its title is free again); `purge=true` on a
 * trashed page removes it; `draft=true` discards a draft. Like Confluence, 404 when the caller cannot delete.
 */
function deletePage(req: RouteRequest): RouteResponse {
  requireAuthenticated(req.principal);
  const page = findPage(req.db, parsePageId(pathParam(req, 'id')));
  if (!page || !canRead(req.db, req.principal, page.space_key) || !hasSpacePermission(req.db, req.principal, page.space_key, 'write'))
    throw notFound();
  const purge = flag(req, 'purge');
  const draft = flag(req, 'draft');
  if (draft) {
    if (page.status !== 'draft') throw badRequest('draft=true only deletes a draft');
    setPageStatus(req.db, page.id, 'deleted');
  } else if (purge) {
    if (page.status !== 'trashed') throw badRequest('purge=true only deletes a page that is in the trash');
    setPageStatus(req.db, page.id, 'deleted');
  } else {
    if (page.status !== 'current' && page.status !== 'archived') throw notFound();
    setPageStatus(req.db, page.id, 'trashed');
  }
  return { status: 204 };
}

export function deletePageRoutes(): Route[] {
  return [{ method: 'DELETE', pattern: '/wiki/api/v2/pages/{id}', handler: deletePage }];
}
