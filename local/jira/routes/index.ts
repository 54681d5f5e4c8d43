import type { Route } from '../../http/types';

/** Every Jira Cloud REST v3 route the emulator serves. */
export function jiraRoutes(): Route[] {
  return [];
}
