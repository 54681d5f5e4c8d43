import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/sqlite';
import { openDatabase, isEmpty } from '../db/database';
import { Router } from '../http/router';
import { HttpError, type Principal, type Route, type RouteResponse } from '../http/types';
import { authenticate, PLATFORM_HEADER } from './auth';
import { FaultInjector, type FaultConfig } from './faults';
import { setBulkFetchErrors } from '../jira/store/bulk-fetch-errors';
import { INVOCATION_HEADER, RequestStats, pointsFor } from './stats';
import { seedDemoSite } from '../seed/demo-site';
import { jiraRoutes } from '../jira/routes';
import { confluenceRoutes } from '../confluence/routes';

/** One request/response pair as it crossed the wire; contract tests validate these against Atlassian's specs. */
export interface Exchange {
  method: string;
  path: string;
  query: string;
  /** The route pattern that answered (OpenAPI path), or undefined for 404s of unknown paths. */
  pattern?: string;
  requestContentType?: string;
  requestBody: string;
  status: number;
  responseContentType?: string;
  responseBody: string;
  responseHeaders: Record<string, string>;
  /** Who sent it: the app through the Forge platform, the platform's own look-ups (not billed), or a script (Basic auth, anonymous). */
  caller?: 'app' | 'platform' | 'script';
  /** A `dropResponse` fault: the emulator did the work and produced this answer, but closed the connection instead of sending it. */
  dropped?: boolean;
}

export interface HostOptions {
  /** SQLite file, or `:memory:`. */
  dbFile: string;
  reset?: boolean;
  port?: number;
  hostname?: string;
  /** Extra routes (local host pages, invoke, UI) mounted beside the product emulators. */
  extraRoutes?: (host: HostContext) => Route[];
  onExchange?: (exchange: Exchange) => void;
  faults?: unknown;
}

export interface HostContext {
  db: Database;
  stats: RequestStats;
  faults: FaultInjector;
  /** Filled in once the server listens: the URL people and `self` links use. */
  baseUrl: string;
  /** Loopback URL for the host's own calls (asApp/asUser, bridge fetches). */
  internalUrl: string;
}

export interface RunningHost extends HostContext {
  /** True when this start created the demo site (fresh database). */
  seeded: boolean;
  server: Server;
  port: number;
  close: () => Promise<void>;
}

const PRODUCT_PREFIXES = ['/rest/', '/wiki/'];
/** Confluence's page view (`/wiki/spaces/KEY/pages/ID`) is a page people open, not the REST API. */
const UI_PREFIXES = ['/wiki/spaces/'];
const isProductPath = (path: string): boolean =>
  PRODUCT_PREFIXES.some((p) => path.startsWith(p)) && !UI_PREFIXES.some((p) => path.startsWith(p));
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** The app's own calls (through the Forge platform): the ones Jira's points pool counts, not scripts' and tests' reads. */
const isAppCall = (req: IncomingMessage): boolean => req.headers.authorization?.startsWith('ForgeLocal ') === true;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, { errorMessages: ['Request body too large.'], errors: {} }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function errorBodyFor(path: string, status: number, message: string): unknown {
  if (path.startsWith('/wiki/api/v2')) return { errors: [{ status, code: statusCode(status), title: message, detail: null }] };
  if (path.startsWith('/wiki/rest/api'))
    return {
      statusCode: status,
      data: { authorized: status !== 401 && status !== 403, valid: true, errors: [], successful: false },
      message,
    };
  return { errorMessages: [message], errors: {} };
}

function statusCode(status: number): string {
  return (
    (
      {
        400: 'INVALID_REQUEST_PARAMETER',
        401: 'UNAUTHORIZED',
        403: 'FORBIDDEN',
        404: 'NOT_FOUND',
        405: 'METHOD_NOT_ALLOWED',
        413: 'PAYLOAD_TOO_LARGE',
      } as Record<number, string>
    )[status] ?? 'ERROR'
  );
}

/** Sets the HTTP-level faults and the emulator's own (bulk fetch `issueErrors`) from one configuration. */
export function applyFaults(db: Database, faults: FaultInjector, input: unknown): FaultConfig {
  const config = faults.configure(input);
  setBulkFetchErrors(db, { rate: config.issueErrors, seed: config.seed });
  return config;
}

/** A request header's single value (Node gives an array for repeated headers). */
const headerText = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const db = openDatabase({ file: options.dbFile, reset: options.reset });
  const seeded = isEmpty(db);
  if (seeded) seedDemoSite(db);
  const stats = new RequestStats();
  const faults = new FaultInjector();
  if (options.faults) applyFaults(db, faults, options.faults);
  const ctx: HostContext = { db, stats, faults, baseUrl: '', internalUrl: '' };

  const router = new Router().addAll(jiraRoutes()).addAll(confluenceRoutes());
  if (options.extraRoutes) router.addAll(options.extraRoutes(ctx));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', ctx.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let rawBody = '';
    let principal: Principal = { kind: 'anonymous' };
    let pattern: string | undefined;
    let answer: RouteResponse;
    let dropAnswer = false;
    try {
      rawBody = await readBody(req);
      const product = isProductPath(path);
      // The platform's own look-ups (the issue a module sits on) are not the app's calls: Jira's limits do not fall on them.
      if (product && req.headers[PLATFORM_HEADER] !== '1') {
        // The route is looked up first only so that faults can be scoped to it; routing errors still come after.
        const routed = router.match(method, path);
        const target = { method, path, pattern: routed && 'route' in routed ? routed.route.pattern : undefined };
        const latency = faults.latencyMs(target);
        if (latency > 0) {
          stats.recordFault('delayed');
          await new Promise((r) => setTimeout(r, latency));
        }
        // An empty shared pool refuses the app's Jira calls before any other fault, as Jira's quota does, for free.
        const exhausted = path.startsWith('/rest/') && isAppCall(req) ? faults.globalPool()?.refusal() : undefined;
        if (exhausted) {
          stats.recordFault('rate429');
          throw new HttpError(429, exhausted.body, exhausted.headers);
        }
        const fault = faults.decide(target);
        if (fault.kind !== 'none') stats.recordFault(fault.kind);
        if (fault.kind === 'dropResponse') dropAnswer = true;
        else if (fault.kind !== 'none') throw new HttpError(fault.kind === 'rate429' ? 429 : 503, fault.body, fault.headers);
      }
      const routed = router.match(method, path);
      // Web triggers are public URLs that read their own raw body and headers.
      const rawRequest = routed !== undefined && 'route' in routed && routed.route.rawRequest === true;
      const auth = rawRequest ? ({ ok: true, principal: { kind: 'anonymous' } } as const) : authenticate(db, req.headers);
      if (!auth.ok) throw new HttpError(401, errorBodyFor(path, 401, auth.reason));
      principal = auth.principal;
      const match = router.match(method, path);
      if (!match) throw new HttpError(404, errorBodyFor(path, 404, `No resource at ${method} ${path}`));
      if ('methodNotAllowed' in match) throw new HttpError(405, errorBodyFor(path, 405, `Method ${method} is not allowed on ${path}`));
      pattern = match.route.pattern;
      let body: unknown;
      const contentType = req.headers['content-type'] ?? '';
      if (rawBody.length > 0 && !rawRequest && (contentType.includes('json') || contentType === '')) {
        try {
          body = JSON.parse(rawBody);
        } catch (e) {
          throw new HttpError(400, errorBodyFor(path, 400, `Invalid JSON in request body: ${(e as Error).message}`));
        }
      }
      answer = await match.route.handler({
        method,
        path,
        params: match.params,
        query: url.searchParams,
        body,
        rawBody,
        headers: req.headers,
        principal,
        db,
        baseUrl: ctx.baseUrl,
      });
    } catch (e) {
      if (e instanceof HttpError) answer = { status: e.status, body: e.body, headers: e.headers };
      else {
        // An emulator bug must look like Jira's 500, and still be visible to whoever runs the host.
        console.error(`[local host] ${method} ${path} failed:`, e);
        answer = { status: 500, body: errorBodyFor(path, 500, 'Internal server error') };
      }
    }
    const platformLookup = principal.kind === 'app' && req.headers[PLATFORM_HEADER] === '1';
    const headers: Record<string, string> = { ...(answer.headers ?? {}) };
    if (isProductPath(path) && !platformLookup) {
      const points = pointsFor(method, pattern, answer.status, answer.cost);
      stats.record(`${method} ${pattern ?? path}`, principal, points, headerText(req.headers[INVOCATION_HEADER]));
      const pool = path.startsWith('/rest/') && isAppCall(req) ? faults.globalPool() : undefined;
      if (pool && answer.status !== 429) pool.spend(points);
      if (pool) Object.assign(headers, pool.headers(), answer.headers ?? {});
    }
    let payload: Buffer | string = '';
    if (answer.raw) {
      payload = answer.raw;
      headers['Content-Type'] = answer.contentType ?? 'application/octet-stream';
    } else if (answer.text !== undefined) {
      payload = answer.text;
      headers['Content-Type'] = answer.contentType ?? 'text/plain; charset=utf-8';
    } else if (answer.body !== undefined && answer.status !== 204) {
      payload = JSON.stringify(answer.body);
      headers['Content-Type'] = 'application/json;charset=UTF-8';
    }
    if (dropAnswer) {
      // The work is done (and billed); the caller sees the connection close before any answer arrives.
      res.destroy();
    } else {
      res.writeHead(answer.status, headers);
      res.end(payload);
    }
    options.onExchange?.({
      method,
      path,
      query: url.search,
      pattern,
      requestContentType: req.headers['content-type'],
      requestBody: rawBody,
      status: answer.status,
      responseContentType: headers['Content-Type'],
      responseBody: typeof payload === 'string' ? payload : '',
      responseHeaders: headers,
      caller: platformLookup ? 'platform' : isAppCall(req) ? 'app' : 'script',
      ...(dropAnswer ? { dropped: true } : {}),
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[local host] unhandled', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  ctx.baseUrl = `http://localhost:${port}`;
  ctx.internalUrl = `http://127.0.0.1:${port}`;
  return {
    ...ctx,
    get baseUrl() {
      return ctx.baseUrl;
    },
    get internalUrl() {
      return ctx.internalUrl;
    },
    seeded,
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
