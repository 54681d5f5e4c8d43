import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { requestConfluence } from './request';

const SpacesPage = z.object({ results: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() }).passthrough()) });

const PageSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string().optional(),
    _links: z.object({ webui: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();
const PagesPage = z.object({ results: z.array(PageSummary) });

const PageWithStorage = z.object({
  id: z.string(),
  title: z.string(),
  version: z.object({ number: z.number().int() }).passthrough(),
  body: z.object({ storage: z.object({ value: z.string() }).passthrough() }).passthrough(),
  _links: z.object({ webui: z.string().optional(), base: z.string().optional() }).passthrough().optional(),
});

export interface BriefPage {
  id: string;
  title: string;
  version: number;
  storage: string;
  url: string;
}

const BRIEF_LIST_LIMIT = 50;

/** Pages of a space the user can read (the briefs a PM may pick), newest first as Confluence lists them. */
export async function listSpacePages(spaceKey: string): Promise<{ id: string; title: string; url: string }[]> {
  const spaces = await requestConfluence(route`/wiki/api/v2/spaces?keys=${spaceKey}`, { as: 'user', schema: SpacesPage });
  const space = spaces.results.find((s) => s.key === spaceKey);
  if (!space) throw new AppError('NOT_FOUND', { key: 'errors.spaceNotVisible', params: { spaceKey } }, 'spaceKey');
  const pages = await requestConfluence(route`/wiki/api/v2/pages?space-id=${space.id}&status=current&limit=${BRIEF_LIST_LIMIT}`, {
    as: 'user',
    schema: PagesPage,
  });
  return pages.results.map((p) => ({ id: p.id, title: p.title, url: p._links?.webui ?? `/wiki/pages/${p.id}` }));
}

/** A brief's storage-format body, read as the user (a PM only plans from briefs they may read). */
export async function getBriefPage(pageId: string): Promise<BriefPage> {
  const page = await requestConfluence(route`/wiki/api/v2/pages/${pageId}?body-format=storage`, { as: 'user', schema: PageWithStorage });
  return {
    id: page.id,
    title: page.title,
    version: page.version.number,
    storage: page.body.storage.value,
    url: page._links?.webui ? `${page._links.base ?? ''}${page._links.webui}` : `/wiki/pages/${page.id}`,
  };
}
