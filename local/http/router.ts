import { must } from '../shared/must';
import type { Route, RouteHandler } from './types';

interface CompiledRoute {
  route: Route;
  regex: RegExp;
  names: string[];
  /** Literal segments count: more specific routes win (`/issue/bulk` over `/issue/{issueIdOrKey}`). */
  literalWeight: number;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  let literalWeight = 0;
  const source = route.pattern
    .split('/')
    .map((segment) => {
      const m = /^\{([^}]+)\}$/.exec(segment);
      if (m) {
        names.push(must(m[1], 'the {name} group'));
        return '([^/]+)';
      }
      literalWeight += 1;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}/?$`), names, literalWeight };
}

/** A method + OpenAPI-style path pattern router. Patterns use the spec's own names so contract checks can map back. */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(method: Route['method'], pattern: string, handler: RouteHandler): this {
    this.routes.push(compile({ method, pattern, handler }));
    this.routes.sort((a, b) => b.literalWeight - a.literalWeight);
    return this;
  }

  addAll(routes: Route[]): this {
    // Whole routes, so their flags (rawRequest) reach the host.
    for (const r of routes) this.routes.push(compile(r));
    this.routes.sort((a, b) => b.literalWeight - a.literalWeight);
    return this;
  }

  match(method: string, path: string): RouteMatch | { methodNotAllowed: true } | undefined {
    let pathMatched = false;
    for (const c of this.routes) {
      const m = c.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (c.route.method !== method) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        // One `([^/]+)` group per name, and a match fills every group.
        params[name] = decodeURIComponent(must(m[i + 1], `the {${name}} group`));
      });
      return { route: c.route, params };
    }
    return pathMatched ? { methodNotAllowed: true } : undefined;
  }
}
