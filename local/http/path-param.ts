import { must } from '../shared/must';
import type { RouteRequest } from './types';

/** A `{name}` segment of the route's pattern: the router always fills it, so a missing one is a handler/pattern mismatch. */
export function pathParam(req: RouteRequest, name: string): string {
  return must(req.params[name], `path parameter {${name}} of ${req.path}`);
}
