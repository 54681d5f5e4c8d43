import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import { createPage, findPageByTitle, readPage, updatePage, type PageContent, type PublishedPage } from './report-pages';

/** Someone else saving the page at the same moment: read it again and add our version on top, this many times. */
const CONFLICT_RETRIES = 2;

export interface PublishOutcome {
  page: PublishedPage;
  created: boolean;
}

/**
 * Writes `content` as a new version of the page the app published before (`knownPageId`), so Confluence keeps the
 * history. When that page is gone (deleted by hand) or was never recorded, a page with the same title in the space
 * is taken over (a publish that stopped before remembering its page), else a new page is created in `spaceId`.
 */
export async function publishPage(
  input: { knownPageId: string | null; spaceId: string; content: PageContent },
  retry: RetryGate,
): Promise<PublishOutcome> {
  const { content } = input;
  for (let attempt = 0; attempt <= CONFLICT_RETRIES; attempt++) {
    const known = input.knownPageId ? await readPage(input.knownPageId, retry) : null;
    const existing = known ?? (await findPageByTitle(input.spaceId, content.title, retry));
    if (!existing) return { page: await createPage(input.spaceId, content, retry), created: true };
    const updated = await updatePage(existing, content, retry);
    if (updated !== 'conflict') return { page: updated, created: false };
  }
  throw new AppError('TRY_AGAIN', { key: 'errors.reportPageBusy' });
}
