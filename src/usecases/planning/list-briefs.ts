import type { ListBriefsResult } from '../../contracts/campaign-planner';
import type { BriefPagesPort } from '../ports/brief-pages';

export interface ListBriefsPorts {
  briefs: BriefPagesPort;
}

/** The space where briefs live unless the page names another. */
const DEFAULT_BRIEF_SPACE = 'MKT';

/**
 * The pages of a space the user can read (the briefs a PM may pick). Confluence decides what the user sees (the
 * port reads as the user), so no policy check is needed. Errors: those of the pages port (UPSTREAM, TRY_AGAIN).
 */
export async function listBriefs(input: { spaceKey?: string }, ports: ListBriefsPorts): Promise<ListBriefsResult> {
  return { pages: await ports.briefs.inSpace(input.spaceKey ?? DEFAULT_BRIEF_SPACE) };
}
