import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { escapeUTF8 } from 'entities';
import { HttpError, type Route } from '../../http/types';
import { pathParam } from '../../http/path-param';
import { forgeLocalAuthorization } from '../../server/auth';
import type { HostContext } from '../../server/host';
import { firstIssue } from '../../shared/zod-issue';
import { forgeMacroStorage, forgeMacros } from '../../confluence/forge-macros';
import { titleOf, titlesOf, type LocalManifest } from '../manifest';
import { autoConvertModule, extensionKeyFor, macroModules } from './macros';

/**
 * The page view's back end (`/wiki/spaces/<KEY>/pages/<id>`): the page as the signed-in user reads it (ADF body,
 * through the emulator's REST API as them), and the editor's stand-ins Confluence's own editor would be: a paste that
 * autoConvert turns into the app's macro, and a macro configuration saved by its config view (`view.submit`). Every
 * write is a new page version as that user (`version.number` = current + 1), refused as Confluence refuses it.
 */
const Actor = z.object({ accountId: z.string().min(1) });
const PasteBody = Actor.extend({ text: z.string().min(1).max(2000) }).strict();
const ConfigBody = Actor.extend({ config: z.record(z.string().max(500)) }).strict();
const PageAnswer = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string(),
  version: z.object({ number: z.number() }).passthrough(),
  body: z.record(z.object({ value: z.string() }).passthrough()),
});

function invalid(error: z.ZodError): HttpError {
  const issue = firstIssue(error);
  return new HttpError(400, { ok: false, error: { code: 'INVALID_REQUEST', message: `${issue.path || 'body'}: ${issue.message}` } });
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error);
  return parsed.data;
}

async function asUser(ctx: HostContext, accountId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', forgeLocalAuthorization({ kind: 'user', accountId }));
  headers.set('Accept', 'application/json');
  if (init.body) headers.set('Content-Type', 'application/json');
  return fetch(`${ctx.internalUrl}${path}`, { ...init, headers });
}

async function readAs(ctx: HostContext, accountId: string, pageId: string, format: 'storage' | 'atlas_doc_format') {
  const res = await asUser(ctx, accountId, `/wiki/api/v2/pages/${pageId}?body-format=${format}`);
  if (!res.ok) throw new HttpError(res.status, { ok: false, error: { code: `CONFLUENCE_${res.status}`, message: await res.text() } });
  const page = PageAnswer.parse(await res.json());
  return { ...page, value: page.body[format]?.value ?? '' };
}

/** Writes `storage` as the next version of the page, as the user; Confluence's refusal (403, 409) is passed on. */
async function writeAs(
  ctx: HostContext,
  accountId: string,
  page: { id: string; title: string; version: { number: number } },
  storage: string,
) {
  const res = await asUser(ctx, accountId, `/wiki/api/v2/pages/${page.id}`, {
    method: 'PUT',
    body: JSON.stringify({
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: storage },
      version: { number: page.version.number + 1 },
    }),
  });
  if (!res.ok) throw new HttpError(res.status, { ok: false, error: { code: `CONFLUENCE_${res.status}`, message: await res.text() } });
  return { version: page.version.number + 1 };
}

/** What a paste of `text` inserts: the app's macro when autoConvert matches, else a link or the text, as the editor does. */
function pasted(manifest: LocalManifest, text: string): { storage: string; kind: 'macro' | 'link' | 'text'; localId?: string } {
  const url = text.trim();
  const module = autoConvertModule(manifest, url);
  if (module) {
    const localId = randomUUID();
    const storage = forgeMacroStorage({
      localId,
      extensionKey: extensionKeyFor(module.key),
      extensionTitle: titleOf(module, manifest),
      config: {},
      autoConvertLink: url,
    });
    return { storage, kind: 'macro', localId };
  }
  if (/^https?:\/\/\S+$/.test(url)) return { storage: `<p><a href="${escapeUTF8(url)}">${escapeUTF8(url)}</a></p>`, kind: 'link' };
  return { storage: `<p>${escapeUTF8(text)}</p>`, kind: 'text' };
}

export function pageViewRoutes(ctx: HostContext, manifest: LocalManifest): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/local/confluence/pages/{pageId}',
      handler: async (req) => {
        const pageId = pathParam(req, 'pageId');
        const { accountId } = parse(Actor, { accountId: req.query.get('accountId') ?? '' });
        const page = await readAs(ctx, accountId, pageId, 'atlas_doc_format');
        const macros = macroModules(manifest).map((m) => ({
          moduleKey: m.key,
          extensionKey: extensionKeyFor(m.key),
          title: titleOf(m, manifest),
          titles: titlesOf(m, manifest),
          resourceUrl: `/static/${m.resource ?? ''}/`,
          hasConfig: Boolean((m as { config?: unknown }).config),
        }));
        return {
          status: 200,
          body: { id: page.id, title: page.title, version: page.version.number, adf: JSON.parse(page.value) as unknown, macros },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/local/confluence/pages/{pageId}/paste',
      handler: async (req) => {
        const pageId = pathParam(req, 'pageId');
        const body = parse(PasteBody, req.body);
        const page = await readAs(ctx, body.accountId, pageId, 'storage');
        const insert = pasted(manifest, body.text);
        // The stand-in's cursor is the end of the page.
        const { version } = await writeAs(ctx, body.accountId, page, `${page.value}${insert.storage}`);
        return { status: 200, body: { inserted: insert.kind, version, ...(insert.localId ? { localId: insert.localId } : {}) } };
      },
    },
    {
      method: 'PUT',
      pattern: '/local/confluence/pages/{pageId}/macros/{localId}/config',
      handler: async (req) => {
        const pageId = pathParam(req, 'pageId');
        const localId = pathParam(req, 'localId');
        const body = parse(ConfigBody, req.body);
        const page = await readAs(ctx, body.accountId, pageId, 'storage');
        const macro = forgeMacros(page.value).find((m) => m.localId === localId);
        if (!macro)
          throw new HttpError(404, { ok: false, error: { code: 'MACRO_NOT_FOUND', message: `No macro '${localId}' on page ${pageId}` } });
        const replaced = forgeMacroStorage({ ...macro, config: body.config });
        const storage = `${page.value.slice(0, macro.start)}${replaced}${page.value.slice(macro.end)}`;
        const { version } = await writeAs(ctx, body.accountId, page, storage);
        return { status: 200, body: { localId, config: body.config, version } };
      },
    },
  ];
}
