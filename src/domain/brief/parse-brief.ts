import { invalidInput } from '../errors';
import type { BriefValue } from '../model/plan';
import { adfToBlocks } from './adf-blocks';
import type { BlockReading } from './blocks';
import { SECTION_FIELDS, type SectionField } from './labels';
import { detectLanguage } from './language';
import { MAX_STORAGE_BYTES } from './limits';
import { locateCandidates, type ProseLine } from './locate-sections';
import { ParseBriefInput, ParsedBrief, type BriefFields } from './parsed-brief';
import { looksLikeValue } from './prose-lines';
import { readApprovers } from './read-approvers';
import { readBudget } from './read-budget';
import { readField } from './read-field';
import { readKpis } from './read-kpis';
import { readLaunchDate } from './read-launch-date';
import { readItems, readProse } from './read-text-fields';
import { storageToBlocks } from './storage-blocks';
import type { Candidate, ChoiceFound, FieldReader, Found, ReadContext } from './reading';
import { clip, type BriefNote } from './notes';
import { render } from '../../wording/messages';
import type { Language } from '../../wording/locale';

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

/** What makes a read value uncertain: said in its notices or its source. */
const UNCERTAIN = new Set(['briefReading.yearAssumed', 'briefReading.approximateAmount', 'briefReading.rangeAmount']);
const isUncertain = (f: Found<unknown>): boolean =>
  f.source.key === 'briefReading.srcPicked' || f.notices.some((n) => UNCERTAIN.has(n.key));

/**
 * Reads a Confluence campaign brief (storage XHTML, or ADF) into plan values, each with where it came from.
 * Whatever a recognised section holds but cannot be understood, a missing section, or two sections that
 * disagree, becomes a problem naming the field: nothing is guessed silently. A value with two readings is offered
 * (`brief.choices`) and used only once picked; lines that looked like values but were not read are listed
 * (`brief.unread`). Problems and sources are worded in `readerLanguage` (the person asking), whatever the brief's
 * own language.
 */
export function parseBrief(raw: ParseBriefInput): ParsedBrief {
  const parsed = ParseBriefInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const lang: Language = input.readerLanguage ?? 'en';
  const values: BriefValue[] = [{ field: 'title', value: input.title, source: render(lang, { key: 'briefReading.srcPageTitle' }) }];
  const problems: BriefNote[] = [];
  const choices: ChoiceFound[] = [];
  let unread: { text: string; source: string }[] = [];
  const result = (fields: BriefFields): ParsedBrief =>
    ParsedBrief.parse({
      brief: {
        pageId: input.pageId,
        title: input.title,
        url: input.url,
        version: input.version,
        values,
        problems: problems.map((p) => render(lang, p)),
        ...(choices.length > 0 ? { choices: choices.map((c) => ({ ...c, source: render(lang, c.source) })) } : {}),
        ...(unread.length > 0 ? { unread } : {}),
      },
      fields,
    });

  const reading = readBody(input);
  if ('refused' in reading) {
    problems.push(reading.refused);
    return result({});
  }
  problems.push(...reading.notices);
  const ctx: ReadContext = {
    language: detectLanguage(reading.blocks),
    people: input.people,
    ...(input.today ? { today: input.today } : {}),
    picks: input.picks ?? {},
    choices,
  };
  const located = locateCandidates(reading.blocks);
  problems.push(...located.notices);

  const fields: Record<string, unknown> = {};
  const unreadSentences = new Set<Candidate>();
  for (const field of SECTION_FIELDS) {
    const reader = READERS[field] as FieldReader<unknown>;
    const outcome = readField(
      field,
      located.candidates.filter((c) => c.field === field),
      reader,
      ctx,
      lang,
    );
    problems.push(...outcome.problems);
    outcome.unreadSentences.forEach((c) => unreadSentences.add(c));
    if (outcome.found) {
      fields[field] = outcome.found.value;
      values.push({
        field,
        value: outcome.found.value,
        source: render(lang, outcome.found.source),
        ...(isUncertain(outcome.found) ? { uncertain: true } : {}),
      });
    }
  }
  // A line whose date waits for the PM's pick is understood: it is offered, not lost.
  const pending = located.prose.filter((line) => !choices.some((c) => line.text.includes(c.raw)));
  unread = unreadLines(pending, unreadSentences, new Set(Object.keys(fields)), lang);
  const budget = fields.budget as BriefFields['budget'];
  if (budget && input.campaignCurrency && budget.currency !== input.campaignCurrency) {
    problems.push({
      key: 'briefReading.otherCurrency',
      params: { field: 'budget', amount: budget.amount, currency: budget.currency, campaignCurrency: input.campaignCurrency },
    });
  }
  return result(fields);
}

/**
 * Prose lines that look like a value (a date, an amount, a percentage) or name a field next to a figure, and gave
 * nothing: no field word, a sentence that failed, or one about a field that was not read at all.
 */
function unreadLines(prose: ProseLine[], failed: Set<Candidate>, read: Set<string>, lang: Language): { text: string; source: string }[] {
  return prose
    .filter((line) => {
      const mine = line.candidates;
      // Understood when one of its sentences gave its field's value, or speaks of a field read elsewhere.
      if (!mine.every((c) => failed.has(c) || !read.has(c.field))) return false;
      // A sentence naming a field with a figure in it (`Launch window: Q2 2027`) is a value not understood too.
      return looksLikeValue(line.text) || (mine.some((c) => failed.has(c)) && /\d/.test(line.text));
    })
    .map((line) => ({
      text: clip(line.text),
      source: render(
        lang,
        line.under ? { key: 'briefReading.srcUnder', params: { heading: line.under } } : { key: 'briefReading.srcBrief' },
      ),
    }));
}

/** The brief's text, one line per heading, paragraph line, list item or table row (`a | b`): what the AI reads. */
export function briefLines(raw: ParseBriefInput): string[] {
  const reading = readBody(ParseBriefInput.parse(raw));
  if ('refused' in reading) return [];
  return reading.blocks.flatMap((b): string[] => {
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'paragraph') return b.inline.text.split('\n');
    if (b.kind === 'list') return b.items.map((i) => i.text);
    return b.rows.map((r) => r.cells.map((c) => c.text).join(' | '));
  });
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
