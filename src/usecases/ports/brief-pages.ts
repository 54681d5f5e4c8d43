import type { ListBriefsResult } from '../../contracts/campaign-planner';

/** A Confluence brief as read by the acting user: its storage-format body, for the brief parser. */
export interface BriefPage {
  id: string;
  title: string;
  version: number;
  storage: string;
  url: string;
}

/** Confluence pages, read as the acting user (pages they cannot read are absent or NOT_FOUND). */
export interface BriefPagesPort {
  page(pageId: string): Promise<BriefPage>;
  inSpace(spaceKey: string): Promise<ListBriefsResult['pages']>;
}
