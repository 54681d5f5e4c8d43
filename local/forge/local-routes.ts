import { z } from 'zod';
import { firstIssue } from '../shared/zod-issue';
import { HttpError, type Route } from '../http/types';
import { applyFaults, type HostContext } from '../server/host';
import { forgeLocalAuthorization } from '../server/auth';
import { addDemoUser, InvalidSiteUser, siteUserSummaries, type NewSiteUser } from '../identity/test-users';
import { findUser } from '../identity/permissions';
import type { DemoUserSummary, UiModuleSummary } from './bridge-protocol';
import { allModules, pagesOf, titleOf, titlesOf, type LocalManifest } from './manifest';
import { InvokeError, type ForgeInvoker } from './invoke';

const ContextRequest = z
  .object({
    moduleKey: z.string().min(1),
    accountId: z.string().min(1),
    issueKey: z.string().optional(),
    projectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]+$/, 'must look like MKT')
      .optional(),
    locale: z.string().optional(),
    theme: z.enum(['light', 'dark']).optional(),
    dashboardId: z.string().optional(),
    gadgetId: z.string().optional(),
    entryPoint: z.enum(['edit', 'config']).optional(),
    /** A Confluence macro's frame: its page, its local id there, and whether the page is being edited. */
    contentId: z.string().regex(/^\d+$/).optional(),
    macroLocalId: z.string().min(1).max(100).optional(),
    isEditing: z.boolean().optional(),
  })
  .strict();

const FetchProductRequest = z
  .object({
    accountId: z.string().min(1),
    product: z.enum(['jira', 'confluence']),
    restPath: z.string().startsWith('/'),
    fetchRequestInit: z
      .object({
        method: z.string().optional(),
        body: z.string().optional(),
        headers: z.union([z.record(z.string()), z.array(z.tuple([z.string(), z.string()]))]).optional(),
      })
      .optional(),
  })
  .strict();

const PRODUCT_PREFIX = { jira: '/rest/', confluence: '/wiki/' } as const;

function badRequest(error: z.ZodError): HttpError {
  const issue = firstIssue(error);
  return new HttpError(400, {
    ok: false,
    error: { code: 'INVALID_REQUEST', message: `${issue.path || 'body'}: ${issue.message}` },
  });
}

/** The local host's own endpoints: invoke, the browser bridge's back end, stats and faults. */
export function localRoutes(ctx: HostContext, invoker: ForgeInvoker, manifest: LocalManifest): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/local/invoke',
      handler: async (req) => {
        const result = await invoker.invoke(req.body);
        return { status: 200, body: result };
      },
    },
    {
      method: 'POST',
      pattern: '/local/bridge/context',
      handler: async (req) => {
        const parsed = ContextRequest.safeParse(req.body);
        if (!parsed.success) throw badRequest(parsed.error);
        try {
          return { status: 200, body: await invoker.uiContext(parsed.data) };
        } catch (e) {
          if (e instanceof InvokeError) throw new HttpError(404, { ok: false, error: { code: e.code, message: e.message } });
          throw e;
        }
      },
    },
    {
      method: 'POST',
      pattern: '/local/bridge/fetch-product',
      handler: async (req) => {
        const parsed = FetchProductRequest.safeParse(req.body);
        if (!parsed.success) throw badRequest(parsed.error);
        const { accountId, product, restPath, fetchRequestInit } = parsed.data;
        if (!restPath.startsWith(PRODUCT_PREFIX[product])) {
          throw new HttpError(400, {
            ok: false,
            error: { code: 'INVALID_PATH', message: `restPath must start with ${PRODUCT_PREFIX[product]}` },
          });
        }
        if (!findUser(ctx.db, accountId))
          throw new HttpError(400, { ok: false, error: { code: 'USER_NOT_FOUND', message: `No user '${accountId}'` } });
        // fetchProduct runs as the current user, never as the app.
        const headers = new Headers(fetchRequestInit?.headers);
        headers.set('Authorization', forgeLocalAuthorization({ kind: 'user', accountId }));
        const res = await fetch(`${ctx.internalUrl}${restPath}`, {
          method: fetchRequestInit?.method ?? 'GET',
          body: fetchRequestInit?.body,
          headers,
        });
        const responseHeaders: Record<string, string> = {};
        res.headers.forEach((value, key) => {
          responseHeaders[key] = value;
        });
        return { status: 200, body: { status: res.status, statusText: res.statusText, headers: responseHeaders, body: await res.text() } };
      },
    },
    {
      method: 'GET',
      pattern: '/local/users',
      // Only the seeded demo users (the user switcher's list), unless `?all=true` asks for the people tests added.
      handler: (req) => ({ status: 200, body: siteUserSummaries(ctx.db, req.query.get('all') === 'true') satisfies DemoUserSummary[] }),
    },
    {
      method: 'POST',
      pattern: '/local/users',
      handler: (req) => {
        try {
          const accountId = addDemoUser(ctx.db, (req.body ?? {}) as NewSiteUser);
          return { status: 201, body: { accountId } };
        } catch (e) {
          // addDemoUser validates the body with zod and names the field at fault.
          if (e instanceof InvalidSiteUser) throw new HttpError(400, { ok: false, error: { code: 'INVALID_REQUEST', message: e.message } });
          throw e;
        }
      },
    },
    {
      method: 'GET',
      pattern: '/local/modules',
      handler: () => ({
        status: 200,
        body: allModules(manifest)
          .filter((m) => m.resource)
          .map((m): UiModuleSummary => ({
            key: m.key,
            type: m.type,
            title: titleOf(m, manifest),
            titles: titlesOf(m, manifest),
            resource: m.resource as string,
            resourceUrl: `/static/${m.resource}/`,
            ...(m.type === 'jira:globalPage' ? { pages: pagesOf(m, manifest) } : {}),
          })),
      }),
    },
    { method: 'GET', pattern: '/local/stats', handler: () => ({ status: 200, body: ctx.stats.get() }) },
    {
      method: 'GET',
      pattern: '/local/app',
      handler: () => ({
        status: 200,
        body: { node: process.version, runtime: manifest.app.runtime?.name ?? null, ...invoker.appSource() },
      }),
    },
    {
      method: 'POST',
      pattern: '/local/stats/reset',
      handler: () => {
        ctx.stats.reset();
        return { status: 200, body: ctx.stats.get() };
      },
    },
    { method: 'GET', pattern: '/local/faults', handler: () => ({ status: 200, body: ctx.faults.current() }) },
    {
      method: 'POST',
      pattern: '/local/faults',
      handler: (req) => {
        try {
          return { status: 200, body: applyFaults(ctx.db, ctx.faults, req.body ?? {}) };
        } catch (e) {
          if (e instanceof z.ZodError) throw badRequest(e);
          throw e;
        }
      },
    },
  ];
}
