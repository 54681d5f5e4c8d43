import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/sqlite';
import type { Principal } from '../http/types';
import { forgeLocalAuthorization } from '../server/auth';
import { INVOCATION_HEADER } from '../server/stats';
import { answerKvs } from './kvs/kvs-protocol';
import { requestBodyText } from './request-body';

/** One resolver invocation: who called it, from which module, and how long it has left. */
export interface Invocation {
  invocationId: string;
  accountId?: string;
  moduleKey: string;
  deadline: number;
  db: Database;
  /** Loopback URL of the emulator the invocation's REST calls go to. */
  productBaseUrl: string;
  /** Answers platform (stargate) calls such as @forge/events' queue API; absent when the host has none. */
  stargate?: (path: string, init: RequestInit | undefined) => Promise<Response>;
  /** Answers Forge LLMs calls (`@forge/llm`); absent when the host has no LLM stand-in. */
  llm?: (path: string, init: RequestInit | undefined) => Promise<Response>;
}

/** Keeps each invocation's context apart even when many run at once (platform-facts: no leaking). */
export const invocations = new AsyncLocalStorage<Invocation>();

export const LOCAL_APP_ID = 'ari:cloud:ecosystem::app/6f5e2a1c-campaign-control-local';
export const LOCAL_ENVIRONMENT_ID = 'local-development';
export const LOCAL_INSTALLATION_ID = 'local-installation';
export const LOCAL_CLOUD_ID = 'local-cloud-0000';

interface FppTarget {
  type: 'fpp';
  provider: 'app' | 'user' | 'none';
  remote: 'jira' | 'confluence' | 'stargate';
  accountId?: string;
}
type FetchTarget = FppTarget | { type: 'kvs'; provider?: string; remote?: string } | { type: string; [k: string]: unknown };

function current(): Invocation {
  const inv = invocations.getStore();
  if (!inv) throw new Error('Forge runtime not found.');
  return inv;
}

const noopTimer = { stop: (): void => undefined };
const metrics = {
  counter: () => ({ incr: (): void => undefined, decr: (): void => undefined }),
  timing: () => ({ measure: () => noopTimer }),
  gauge: () => ({ set: (): void => undefined }),
};

function proxyError(code: string, status: number): Response {
  return new Response(JSON.stringify({ message: code }), {
    status,
    headers: { 'forge-proxy-error': code, 'content-type': 'application/json' },
  });
}

async function fetchProduct(target: FppTarget, path: string, init: RequestInit | undefined): Promise<Response> {
  const inv = current();
  let principal: Principal;
  if (target.provider === 'app') principal = { kind: 'app' };
  else {
    const accountId = target.accountId ?? inv.accountId;
    // asUser() needs a user; an invocation without one (a trigger, say) gets the platform's auth error.
    if (!accountId) return proxyError('NEEDS_AUTHENTICATION_ERR', 401);
    principal = { kind: 'user', accountId };
  }
  if (!path.startsWith('/')) return proxyError('INVALID_PATH', 400);
  const headers = new Headers(init?.headers);
  headers.set('Authorization', forgeLocalAuthorization(principal));
  // Bills the request to this invocation in `/local/stats` (the emulator answers it in another async context).
  headers.set(INVOCATION_HEADER, inv.invocationId);
  return fetch(`${inv.productBaseUrl}${path}`, { ...init, headers });
}

async function fetchKvs(path: string, init: RequestInit | undefined): Promise<Response> {
  const inv = current();
  let body: unknown;
  try {
    body = init?.body ? JSON.parse(await requestBodyText(init.body)) : {};
  } catch {
    return new Response(JSON.stringify({ code: 'INVALID_REQUEST', message: 'body is not JSON' }), { status: 400 });
  }
  const answer = answerKvs(inv.db, path, body);
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
}

async function fetchStargate(path: string, init: RequestInit | undefined): Promise<Response> {
  const inv = current();
  return inv.stargate ? inv.stargate(path, init) : proxyError('UNSUPPORTED_TARGET', 501);
}

async function fetchLlm(path: string, init: RequestInit | undefined): Promise<Response> {
  const inv = current();
  return inv.llm ? inv.llm(path, init) : proxyError('UNSUPPORTED_TARGET', 501);
}

let installed = false;

/** Installs the two globals the real @forge packages talk to. Safe to call more than once. */
export function installForgeGlobals(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as Record<string, unknown>;
  g.__forge_fetch__ = async (target: FetchTarget, path: string, init?: RequestInit): Promise<Response> => {
    if (target.type === 'fpp' && target.remote === 'stargate') return fetchStargate(path, init);
    if (target.type === 'fpp') return fetchProduct(target as FppTarget, path, init);
    if (target.type === 'kvs') return fetchKvs(path, init);
    if (target.type === 'llm') return fetchLlm(path, init);
    return proxyError('UNSUPPORTED_TARGET', 501);
  };
  g.__forge_runtime__ = {
    get appContext() {
      const inv = current();
      return {
        appId: LOCAL_APP_ID,
        appVersion: '0.1.0',
        environmentId: LOCAL_ENVIRONMENT_ID,
        environmentType: 'DEVELOPMENT',
        invocationId: inv.invocationId,
        installationId: LOCAL_INSTALLATION_ID,
        moduleKey: inv.moduleKey,
        license: undefined,
        installation: undefined,
        permissions: undefined,
      };
    },
    get lambdaContext() {
      const inv = current();
      return { getRemainingTimeInMillis: () => Math.max(0, inv.deadline - Date.now()) };
    },
    get tracing() {
      return { traceId: randomUUID().replace(/-/g, ''), spanId: randomUUID().slice(0, 16) };
    },
    metrics,
    proxy: { token: 'local', url: '' },
  };
}
