import type { Route } from '../../http/types';
import { deletePageRoutes } from './delete-page';
import { pagePropertyRoutes } from './page-properties';
import { pageVersionRoutes } from './page-versions';
import { pageRoutes } from './pages';
import { spaceRoutes } from './spaces';

/** Every Confluence Cloud REST v2 route the emulator serves (patterns use the spec's own parameter names). */
export function confluenceRoutes(): Route[] {
  return [...spaceRoutes(), ...pageRoutes(), ...pageVersionRoutes(), ...deletePageRoutes(), ...pagePropertyRoutes()];
}
