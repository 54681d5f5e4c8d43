import { getAppContext, route } from '@forge/api';
import { z } from 'zod';
import type { AppIdentity } from '../../domain/macro/status-macro';
import { AppError } from '../../shared/result';
import type { WritableBriefPage } from '../../usecases/ports/brief-page-writer';
import type { RetryGate } from '../http/retry';
import { requestConfluence } from './request';

const PageWithStorage = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string().optional(),
    version: z.object({ number: z.number().int() }).passthrough(),
    body: z.object({ storage: z.object({ value: z.string() }).passthrough() }).passthrough(),
  })
  .passthrough();
const Updated = z.object({ id: z.string(), version: z.object({ number: z.number().int() }).passthrough() }).passthrough();
/** Confluence's error body, read when an update meets a newer version (409). */
const Conflict = z.object({ errors: z.array(z.object({ status: z.number().optional() }).passthrough()) }).passthrough();

/** The brief page with its storage body, as the PM sees it; `null` when it is gone or they may not see it. */
export async function readBriefPage(pageId: string, retry: RetryGate): Promise<WritableBriefPage | null> {
  try {
    const page = await requestConfluence(route`/wiki/api/v2/pages/${pageId}?body-format=${'storage'}`, {
      as: 'user',
      schema: PageWithStorage,
      retry,
    });
    if (page.status !== undefined && page.status !== 'current') return null;
    return { id: page.id, title: page.title, version: page.version.number, storage: page.body.storage.value };
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** Version `page.version + 1` of the brief with `storage` as its body (its title kept); `conflict` on Confluence's 409. */
export async function updateBriefPage(
  page: WritableBriefPage,
  storage: string,
  message: string,
  retry: RetryGate,
): Promise<'updated' | 'conflict'> {
  const answer = await requestConfluence(route`/wiki/api/v2/pages/${page.id}`, {
    as: 'user',
    schema: z.union([Updated, Conflict]),
    method: 'PUT',
    body: {
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: storage },
      version: { number: page.version + 1, message },
    },
    retry,
    answerStatuses: [409],
  });
  return 'id' in answer ? 'updated' : 'conflict';
}

/** The app and environment this invocation runs in (Forge's runtime context), for the macro's extension key. */
export function currentAppIdentity(): AppIdentity {
  const ctx = getAppContext();
  return { appId: ctx.appAri.appId, environmentId: ctx.environmentAri.environmentId, environmentType: ctx.environmentType };
}
