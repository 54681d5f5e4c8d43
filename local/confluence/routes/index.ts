import type { Route } from '../../http/types';
import { deletePageRoutes } from './delete-page';
import { pageChildrenRoutes } from './page-children';
import { pagePropertyRoutes } from './page-properties';
import { pageVersionRoutes } from './page-versions';
import { pageRoutes } from './pages';
import { searchRoutes } from './search';
import { spacePageRoutes } from './space-pages';
import { spaceRoutes } from './spaces';

/**
 * Every Confluence Cloud route the emulator serves: REST v2 (`/wiki/api/v2`) and the v1 CQL search
 * (`/wiki/rest/api/search`, which v2 has no equivalent of). Patterns use the specs' own parameter names.
 */
export function confluenceRoutes(): Route[] {
  return [
    ...spaceRoutes(),
    ...spacePageRoutes(),
    ...pageRoutes(),
    ...pageChildrenRoutes(),
    ...pageVersionRoutes(),
    ...deletePageRoutes(),
    ...pagePropertyRoutes(),
    ...searchRoutes(),
  ];
}
