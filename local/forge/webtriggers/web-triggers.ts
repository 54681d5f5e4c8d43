import type { Database } from '../../db/sqlite';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { HttpError, type Route, type RouteRequest, type RouteResponse } from '../../http/types';
import { InvokeError, type ForgeInvoker, type StargateHandler } from '../invoke';
import { LOCAL_CLOUD_ID, LOCAL_INSTALLATION_ID } from '../runtime';
import { readWebTriggerModules, type WebTriggerModule } from './webtrigger-modules';
import { WebTriggerUrls } from './webtrigger-urls';
import { pathParam } from '../../http/path-param';

export interface WebTriggersOptions {
  appDir: string;
  db: Database;
  invoker: ForgeInvoker;
  /** The URL people and tools call (`http://localhost:8787`). */
  baseUrl: () => string;
}

/** Forge's function request payload limit applies to web trigger requests. */
export const MAX_WEBTRIGGER_BODY_BYTES = 500 * 1024;

/**
 * What a static web trigger's function must answer: `{outputKey}` naming one of the module's outputs. Forge answers
 * 500 when "the function result is not compatible"; the host treats a dynamic-style answer (its own statusCode,
 * headers or body) the same way, so nothing the function computed can reach the caller.
 */
const StaticAnswer = z
  .object({ outputKey: z.string() })
  .passthrough()
  .refine(
    (a) => !['statusCode', 'statusText', 'headers', 'body'].some((k) => k in a),
    'a static web trigger answers only {outputKey}, not its own statusCode, headers or body',
  );

export interface WebTriggerCall {
  moduleKey: string;
  method: string;
  path: string;
  statusCode: number;
  at: string;
  /** The static output the function named. */
  outputKey?: string;
  error?: string;
}

const RECENT = 50;
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The host's web triggers: `POST /x1/{id}` (the URL `webTrigger.getUrl` gives the app) and
 * `/local/webtriggers/{moduleKey}` call a static module's function through the real runtime with Forge's request
 * shape, and send back the status, content type and body of the output its `{outputKey}` names. The platform side
 * of `webTrigger.getUrl/queryUrls/deleteUrl` (GraphQL through stargate) is answered here too.
 */
export class WebTriggers {
  private readonly modules: Map<string, WebTriggerModule>;
  private readonly skipped: { moduleKey: string; reason: string }[];
  private readonly urls: WebTriggerUrls;
  private readonly recent: WebTriggerCall[] = [];

  constructor(private readonly options: WebTriggersOptions) {
    const { modules, skipped } = readWebTriggerModules(options.appDir);
    this.modules = new Map(modules.map((m) => [m.moduleKey, m]));
    this.skipped = skipped;
    this.urls = new WebTriggerUrls(options.db);
  }

  urlOf(id: string): string {
    return `${this.options.baseUrl()}/x1/${id}`;
  }

  /** Puts the web trigger URL API in front of the invoker's other platform (stargate) answers. */
  chainStargate(invoker: ForgeInvoker): void {
    const next: StargateHandler | undefined = invoker.currentStargate();
    invoker.setStargate(async (path, init, caller) => {
      const own = this.answerPlatform(path, init);
      if (own) return own;
      return next ? next(path, init, caller) : json(404, { message: `No platform API at ${path}` });
    });
  }

  /** `@forge/api`'s webTrigger calls: POST /graphql with one of three operations; undefined for anything else. */
  answerPlatform(path: string, init: RequestInit | undefined): Response | undefined {
    if (path !== '/graphql' || typeof init?.body !== 'string') return undefined;
    let body: { query?: unknown; variables?: Record<string, unknown> };
    try {
      body = JSON.parse(init.body) as typeof body;
    } catch {
      return undefined;
    }
    const query = typeof body.query === 'string' ? body.query : '';
    const vars = body.variables ?? {};
    if (query.includes('createWebTriggerUrl')) {
      const input = (vars.input ?? {}) as { triggerKey?: unknown };
      const key = typeof input.triggerKey === 'string' ? input.triggerKey : '';
      if (!this.modules.has(key))
        return json(200, { data: { createWebTriggerUrl: null }, errors: [{ message: this.unservedReason(key) }] });
      return json(200, { data: { createWebTriggerUrl: { url: this.urlOf(this.urls.idFor(key, vars.forceCreate === true)) } } });
    }
    if (query.includes('deleteWebTriggerUrl')) {
      const deleted = typeof vars.id === 'string' && this.urls.delete(vars.id);
      return json(200, {
        data: { deleteWebTriggerUrl: { success: deleted, message: deleted ? null : `No web trigger URL with id ${String(vars.id)}` } },
      });
    }
    if (query.includes('webTriggerUrlsByAppContext')) {
      return json(200, {
        data: { webTriggerUrlsByAppContext: this.urls.list().map((u) => ({ triggerKey: u.moduleKey, url: this.urlOf(u.id) })) },
      });
    }
    return undefined;
  }

  private unservedReason(moduleKey: string): string {
    const skipped = this.skipped.find((m) => m.moduleKey === moduleKey);
    return skipped
      ? `webtrigger '${moduleKey}' is not served locally: ${skipped.reason}`
      : `manifest.yml has no webtrigger module '${moduleKey}'`;
  }

  /** Calls a module's function with Forge's request, and turns its answer into the HTTP response. */
  async call(moduleKey: string, req: RouteRequest): Promise<RouteResponse> {
    const module = this.modules.get(moduleKey);
    if (!module) throw new HttpError(404, { message: this.unservedReason(moduleKey) });
    if (Buffer.byteLength(req.rawBody, 'utf8') > MAX_WEBTRIGGER_BODY_BYTES)
      return this.record(module, req, { status: 413, body: { message: 'Request payload too large' } });
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value : [value];
    const queryParameters: Record<string, string[]> = {};
    for (const name of new Set(req.query.keys())) queryParameters[name] = req.query.getAll(name);
    const request = { method: req.method, headers, body: req.rawBody, path: req.path, userPath: '', queryParameters };
    let returned: unknown;
    try {
      returned = await this.options.invoker.runPlainFunction({
        kind: 'webtrigger',
        functionKey: module.functionKey,
        moduleKey,
        event: request,
        context: {
          installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`,
          installation: { id: LOCAL_INSTALLATION_ID },
          license: undefined,
        },
        timeoutMs: module.timeoutMs,
        limitName: "Forge's web trigger limit",
      });
    } catch (e) {
      return this.failed(module, req, e instanceof InvokeError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e));
    }
    const answered = StaticAnswer.safeParse(returned);
    if (!answered.success)
      return this.failed(module, req, `the function did not answer {outputKey}: ${firstIssue(answered.error).message}`);
    const output = module.outputs.get(answered.data.outputKey);
    if (!output)
      return this.failed(
        module,
        req,
        `outputKey '${answered.data.outputKey}' is not one of the module's response.outputs (${[...module.outputs.keys()].join(', ')})`,
      );
    const contentType = output.contentType ?? 'text/plain; charset=utf-8';
    return this.record(module, req, { status: output.statusCode, text: output.body ?? '', contentType }, undefined, output.key);
  }

  private failed(module: WebTriggerModule, req: RouteRequest, error: string): RouteResponse {
    console.warn(`[local host] web trigger ${module.moduleKey} failed: ${error}`);
    return this.record(module, req, { status: 500, body: { message: 'Internal Server Error' } }, error);
  }

  private record(module: WebTriggerModule, req: RouteRequest, res: RouteResponse, error?: string, outputKey?: string): RouteResponse {
    this.recent.unshift({
      moduleKey: module.moduleKey,
      method: req.method,
      path: req.path,
      statusCode: res.status,
      at: new Date().toISOString(),
      ...(outputKey ? { outputKey } : {}),
      ...(error ? { error } : {}),
    });
    this.recent.splice(RECENT);
    return res;
  }

  report(): unknown {
    const urls = this.urls.list();
    return {
      webtriggers: [...this.modules.values()].map((m) => ({
        moduleKey: m.moduleKey,
        function: m.functionKey,
        localUrl: `${this.options.baseUrl()}/local/webtriggers/${m.moduleKey}`,
        urls: urls.filter((u) => u.moduleKey === m.moduleKey).map((u) => this.urlOf(u.id)),
        outputs: [...m.outputs.values()].map((o) => ({ key: o.key, statusCode: o.statusCode })),
      })),
      skipped: this.skipped,
      recentCalls: [...this.recent],
    };
  }

  routes(): Route[] {
    const byId = (req: RouteRequest): Promise<RouteResponse> => {
      const moduleKey = this.urls.moduleOf(pathParam(req, 'id'));
      if (!moduleKey) throw new HttpError(404, { message: 'Web trigger not found' });
      return this.call(moduleKey, req);
    };
    return [
      { method: 'GET', pattern: '/local/webtriggers', handler: () => ({ status: 200, body: this.report() }) },
      ...METHODS.flatMap((method): Route[] => [
        { method, pattern: '/x1/{id}', rawRequest: true, handler: byId },
        {
          method,
          pattern: '/local/webtriggers/{moduleKey}',
          rawRequest: true,
          handler: (req) => this.call(pathParam(req, 'moduleKey'), req),
        },
      ]),
    ];
  }
}
