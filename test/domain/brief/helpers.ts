import { DEMO_USERS } from '../../../local/identity/demo-users';
import { parseBrief, type ParsedBrief } from '../../../src/domain/brief/parse-brief';
import * as briefWords from '../../../src/wording/catalog/brief';

export const PEOPLE = DEMO_USERS.map((u) => ({ accountId: u.accountId, displayName: u.displayName }));

export type ParseExtra = { campaignCurrency?: string; readerLanguage?: 'en' | 'fr'; today?: string; picks?: { launchDate?: string } };

export const parseStorage = (storage: string, extra: ParseExtra = {}): ParsedBrief =>
  parseBrief({ pageId: '42', title: 'Test brief', url: '/wiki/pages/42', version: 3, storage, people: PEOPLE, ...extra });

export const sourceOf = (parsed: ParsedBrief, field: string): string | undefined =>
  parsed.brief.values.find((v) => v.field === field)?.source;

/** The problems about one section, in English: they start with the section's name (`Launch date: …`). */
export const problemsAbout = (parsed: ParsedBrief, field: keyof typeof briefWords.en.sectionNames): string[] =>
  parsed.brief.problems.filter((p) => p.startsWith(`${briefWords.en.sectionNames[field]}:`));
