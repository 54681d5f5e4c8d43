import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import { requestConfluence } from './request';

/** A page the app wrote, as Confluence answers it. */
export interface PublishedPage {
  id: string;
  title: string;
  spaceId: string;
  version: number;
  url: string;
}

const PageAnswer = z
  .object({
    id: z.string(),
    title: z.string(),
    spaceId: z.string(),
    version: z.object({ number: z.number().int() }).passthrough(),
    _links: z.object({ webui: z.string().optional(), base: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
type PageAnswer = z.infer<typeof PageAnswer>;

const PagesAnswer = z.object({ results: z.array(PageAnswer) }).passthrough();
const SpacesAnswer = z.object({ results: z.array(z.object({ id: z.string(), key: z.string() }).passthrough()) }).passthrough();
/** Confluence's error body, read when an update meets a newer version (409). */
const ConflictAnswer = z.object({ errors: z.array(z.object({ status: z.number().optional() }).passthrough()) }).passthrough();

/** List items carry no `_links.base`: the site's base comes from a single-page answer when there is one. */
function toPage(p: PageAnswer, base?: string): PublishedPage {
  const webui = p._links?.webui ?? `/pages/${p.id}`;
  return { id: p.id, title: p.title, spaceId: p.spaceId, version: p.version.number, url: `${p._links?.base ?? base ?? ''}${webui}` };
}

/** `null` for a page that is gone (deleted by hand, trashed) or that the user may no longer see. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export function readPage(pageId: string, retry: RetryGate): Promise<PublishedPage | null> {
  return orNull(requestConfluence(route`/wiki/api/v2/pages/${pageId}`, { as: 'user', schema: PageAnswer, retry }).then((p) => toPage(p)));
}

/** The current page with exactly this title in the space (titles are unique per space), if any. */
export async function findPageByTitle(spaceId: string, title: string, retry: RetryGate): Promise<PublishedPage | null> {
  const pages = await requestConfluence(route`/wiki/api/v2/pages?space-id=${spaceId}&title=${title}&status=current&limit=${1}`, {
    as: 'user',
    schema: PagesAnswer,
    retry,
  });
  const page = pages.results.find((p) => p.title === title);
  return page ? toPage(page) : null;
}

export async function findSpaceId(spaceKey: string, retry: RetryGate): Promise<string | null> {
  const spaces = await requestConfluence(route`/wiki/api/v2/spaces?keys=${spaceKey}`, { as: 'user', schema: SpacesAnswer, retry });
  return spaces.results.find((s) => s.key === spaceKey)?.id ?? null;
}

export interface PageContent {
  title: string;
  /** Confluence storage format. */
  storage: string;
  /** The version message Confluence shows in the page history. */
  message: string;
}

/** A new page, published (`current`) or an unpublished `draft` its author sees until publishing it. */
export async function createPage(
  spaceId: string,
  content: PageContent,
  retry: RetryGate,
  status: 'current' | 'draft' = 'current',
): Promise<PublishedPage> {
  const page = await requestConfluence(route`/wiki/api/v2/pages`, {
    as: 'user',
    schema: PageAnswer,
    method: 'POST',
    body: { spaceId, status, title: content.title, body: { representation: 'storage', value: content.storage } },
    retry,
  });
  return toPage(page);
}

/** A new version of the page (`version` = the current one + 1); `conflict` when someone saved a newer one first. */
export async function updatePage(page: PublishedPage, content: PageContent, retry: RetryGate): Promise<PublishedPage | 'conflict'> {
  const answer = await requestConfluence(route`/wiki/api/v2/pages/${page.id}`, {
    as: 'user',
    schema: z.union([PageAnswer, ConflictAnswer]),
    method: 'PUT',
    body: {
      id: page.id,
      status: 'current',
      title: content.title,
      body: { representation: 'storage', value: content.storage },
      version: { number: page.version + 1, message: content.message },
    },
    retry,
    answerStatuses: [409],
  });
  return 'id' in answer ? toPage(answer as PageAnswer) : 'conflict';
}
