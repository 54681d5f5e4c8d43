import { DEMO_USERS } from '../../../local/identity/demo-users';
import { parseBrief, type ParsedBrief } from '../../../src/domain/brief/parse-brief';

export const PEOPLE = DEMO_USERS.map((u) => ({ accountId: u.accountId, displayName: u.displayName }));

export const parseStorage = (storage: string, extra: { campaignCurrency?: string } = {}): ParsedBrief =>
  parseBrief({ pageId: '42', title: 'Test brief', url: '/wiki/pages/42', version: 3, storage, people: PEOPLE, ...extra });

export const sourceOf = (parsed: ParsedBrief, field: string): string | undefined =>
  parsed.brief.values.find((v) => v.field === field)?.source;

export const problemsAbout = (parsed: ParsedBrief, field: string): string[] =>
  parsed.brief.problems.filter((p) => p.startsWith(`${field}:`));
