import { invalidInput } from '../errors';
import type { BriefValue } from '../model/plan';
import { adfToBlocks } from './adf-blocks';
import type { BlockReading } from './blocks';
import { SECTION_FIELDS, type SectionField } from './labels';
import { detectLanguage } from './language';
import { MAX_STORAGE_BYTES } from './limits';
import { locateCandidates } from './locate-sections';
import { ParseBriefInput, ParsedBrief, type BriefFields } from './parsed-brief';
import { readApprovers } from './read-approvers';
import { readBudget } from './read-budget';
import { readKpis } from './read-kpis';
import { readLaunchDate } from './read-launch-date';
import { readItems, readProse } from './read-text-fields';
import { storageToBlocks } from './storage-blocks';
import type { Candidate, FieldReader, Found, ReadContext } from './reading';
import { inner, type BriefNote } from './notes';
import { render } from '../../wording/messages';
import type { Language } from '../../wording/locale';
import { quote } from '../../wording/typography';
import { dayInWords } from '../../wording/format';
import { IsoDate } from '../model/common';

export { ParsedBrief, ParseBriefInput } from './parsed-brief';

type Readers = { [F in SectionField]-?: FieldReader<NonNullable<BriefFields[F]>> };
const READERS: Readers = {
  objective: readProse,
  audience: readProse,
  launchDate: readLaunchDate,
  budget: readBudget,
  channels: readItems,
  kpis: readKpis,
  approvers: readApprovers,
  keyMessages: readItems,
};

/**
 * Reads a Confluence campaign brief (storage XHTML, or ADF) into plan values, each with where it came from.
 * Whatever a recognised section holds but cannot be understood, a missing section, or two sections that
 * disagree, becomes a problem naming the field: nothing is guessed silently. Problems and sources are worded in
 * `readerLanguage` (the person asking), whatever the brief's own language.
 */
export function parseBrief(raw: ParseBriefInput): ParsedBrief {
  const parsed = ParseBriefInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const lang: Language = input.readerLanguage ?? 'en';
  const values: BriefValue[] = [{ field: 'title', value: input.title, source: render(lang, { key: 'briefReading.srcPageTitle' }) }];
  const problems: BriefNote[] = [];
  const result = (fields: BriefFields): ParsedBrief =>
    ParsedBrief.parse({
      brief: {
        pageId: input.pageId,
        title: input.title,
        url: input.url,
        version: input.version,
        values,
        problems: problems.map((p) => render(lang, p)),
      },
      fields,
    });

  const reading = readBody(input);
  if ('refused' in reading) {
    problems.push(reading.refused);
    return result({});
  }
  problems.push(...reading.notices);
  const ctx: ReadContext = { language: detectLanguage(reading.blocks), people: input.people };
  const located = locateCandidates(reading.blocks);
  problems.push(...located.notices);

  const fields: Record<string, unknown> = {};
  for (const field of SECTION_FIELDS) {
    const outcome = readField(
      field,
      located.candidates.filter((c) => c.field === field),
      ctx,
      lang,
    );
    problems.push(...outcome.problems);
    if (outcome.found) {
      fields[field] = outcome.found.value;
      values.push({ field, value: outcome.found.value, source: render(lang, outcome.found.source) });
    }
  }
  const budget = fields.budget as BriefFields['budget'];
  if (budget && input.campaignCurrency && budget.currency !== input.campaignCurrency) {
    problems.push({
      key: 'briefReading.otherCurrency',
      params: { field: 'budget', amount: budget.amount, currency: budget.currency, campaignCurrency: input.campaignCurrency },
    });
  }
  return result(fields);
}

function readBody(input: ParseBriefInput): BlockReading | { refused: BriefNote } {
  const tooLarge = (bytes: number): { refused: BriefNote } => ({
    refused: { key: 'briefReading.tooLarge', params: { field: 'brief', mb: bytes / MB, limit: MAX_STORAGE_BYTES / MB } },
  });
  if (input.storage !== undefined) {
    const bytes = new TextEncoder().encode(input.storage).length;
    return bytes > MAX_STORAGE_BYTES ? tooLarge(bytes) : storageToBlocks(input.storage);
  }
  if (input.adf !== undefined) {
    const size = JSON.stringify(input.adf).length;
    return size > MAX_STORAGE_BYTES ? tooLarge(size) : adfToBlocks(input.adf);
  }
  return { refused: { key: 'briefReading.noBody', params: { field: 'brief' } } };
}
const MB = 1024 * 1024;

/** All places a field was found: one value when they agree, a problem (and no value) when they differ. */
function readField(
  field: SectionField,
  candidates: Candidate[],
  ctx: ReadContext,
  lang: Language,
): { found?: Found<unknown>; problems: BriefNote[] } {
  if (candidates.length === 0) return { problems: [{ key: 'briefReading.noSection', params: { field } }] };
  const reader = READERS[field] as FieldReader<unknown>;
  const problems: BriefNote[] = [];
  const founds: Found<unknown>[] = [];
  for (const c of candidates) {
    const outcome = reader(c, ctx);
    if (outcome.ok) {
      founds.push(outcome.found);
      problems.push(...outcome.found.notices);
    } else problems.push(...outcome.problems);
  }
  const distinct = founds.filter((f, i) => founds.findIndex((g) => sameValue(g.value, f.value)) === i);
  if (distinct.length > 1) {
    const listed = distinct
      .map((f) => render(lang, { key: 'briefReading.valueAt', params: { value: describe(f.value, lang), ...inner('source', f.source) } }))
      .join(render(lang, { key: 'briefReading.listSeparator' }));
    return { problems: [...problems, { key: 'briefReading.differentValues', params: { field, listed } }] };
  }
  return founds[0] ? { found: founds[0], problems } : { problems };
}

/** A value in a few words, for the problem listing the values two sections disagree on. */
function describe(value: unknown, lang: Language): string {
  if (typeof value === 'string' && IsoDate.safeParse(value).success) return dayInWords(lang, value);
  if (typeof value === 'string') return quote(lang, value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (Array.isArray(value)) return render(lang, { key: 'briefReading.valueItems', params: { n: value.length } });
  if (value && typeof value === 'object' && 'amount' in value && 'currency' in value)
    return render(lang, { key: 'briefReading.valueAmount', params: { amount: Number(value.amount), currency: String(value.currency) } });
  return JSON.stringify(value);
}

/** Values are plain JSON built by the same readers (same key order), so their JSON text compares them. */
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
