import { parseBrief, type ParsedBrief } from '../../domain/brief/parse-brief';
import type { PersonOption } from '../../contracts/campaign-planner';
import type { BriefPage, BriefPagesPort } from '../ports/brief-pages';
import type { Language } from '../../wording/locale';

/** How a reading is anchored: the reader's today (days without a year) and the readings the PM picked. */
export interface ReadingAnchors {
  today?: string;
  picks?: { launchDate?: string };
}

/** A brief page parsed against the site's people and the campaign's currency, its problems worded for `reader`. */
export const parsePage = (
  page: BriefPage,
  people: PersonOption[],
  campaignCurrency: string,
  reader: Language,
  anchors: ReadingAnchors = {},
): ParsedBrief =>
  parseBrief({
    pageId: page.id,
    title: page.title,
    url: page.url,
    version: page.version,
    storage: page.storage,
    people,
    campaignCurrency,
    readerLanguage: reader,
    ...(anchors.today ? { today: anchors.today } : {}),
    ...(anchors.picks ? { picks: anchors.picks } : {}),
  });

/** A Confluence brief, read as the user and parsed. */
export async function readBrief(
  pages: BriefPagesPort,
  pageId: string,
  people: PersonOption[],
  campaignCurrency: string,
  reader: Language,
  anchors: ReadingAnchors = {},
): Promise<ParsedBrief> {
  return parsePage(await pages.page(pageId), people, campaignCurrency, reader, anchors);
}
