import type { Route } from '../../http/types';

/** Every Confluence Cloud REST v2 route the emulator serves. */
export function confluenceRoutes(): Route[] {
  return [];
}
