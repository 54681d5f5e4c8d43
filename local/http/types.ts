import type { IncomingHttpHeaders } from 'node:http';
import type { Database } from '../db/sqlite';

/** Who a request acts as. Jira decides permissions from this, never from the payload. */
export type Principal = { kind: 'user'; accountId: string } | { kind: 'app' } | { kind: 'anonymous' };

export interface RouteRequest {
  method: string;
  /** URL path without the query string, e.g. `/rest/api/3/issue/MKT-1`. */
  path: string;
  /** Values of `{name}` segments in the route pattern, URI-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  rawBody: string;
  headers: IncomingHttpHeaders;
  principal: Principal;
  db: Database;
  /** Absolute base URL of this host, e.g. `http://localhost:8787`, for `self` links. */
  baseUrl: string;
}

/** Rate-limit cost of a response, as Jira counts it: 1 per request, +1 per issue/project object, +2 per user. */
export interface ResponseCost {
  objects?: number;
  users?: number;
}

export interface RouteResponse {
  status: number;
  /** JSON body; omit for 204. */
  body?: unknown;
  /** Raw text body (used instead of `body`), with `contentType`. */
  text?: string;
  /** Raw bytes (static files), with `contentType`. */
  raw?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  cost?: ResponseCost;
}

export type RouteHandler = (req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path pattern exactly as the OpenAPI spec names it, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  pattern: string;
  handler: RouteHandler;
  /** A public endpoint that reads `rawBody` and headers itself (web triggers): no emulator authentication, no JSON parsing. */
  rawRequest?: boolean;
}

/** Thrown by handlers to answer with an error status and body. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
    public readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body !== null ? JSON.stringify(body) : String(body));
  }
}
