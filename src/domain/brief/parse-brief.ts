import { invalidInput } from '../errors';
import type { BriefValue } from '../model/plan';
import { adfToBlocks } from './adf-blocks';
import type { BlockReading } from './blocks';
import { FIELD_NAMES, SECTION_FIELDS, type SectionField } from './labels';
import { detectLanguage } from './language';
import { MAX_STORAGE_BYTES } from './limits';
import { locateCandidates } from './locate-sections';
import { formatAmount } from './numbers';
import { ParseBriefInput, ParsedBrief, type BriefFields } from './parsed-brief';
import { readApprovers } from './read-approvers';
import { readBudget } from './read-budget';
import { readKpis } from './read-kpis';
import { readLaunchDate } from './read-launch-date';
import { readItems, readProse } from './read-text-fields';
import { storageToBlocks } from './storage-blocks';
import type { Candidate, FieldReader, Found, ReadContext } from './reading';

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
 * disagree, becomes a problem naming the field: nothing is guessed silently.
 */
export function parseBrief(raw: ParseBriefInput): ParsedBrief {
  const parsed = ParseBriefInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(parsed.error);
  const input = parsed.data;
  const values: BriefValue[] = [{ field: 'title', value: input.title, source: 'page title' }];
  const problems: string[] = [];
  const result = (fields: BriefFields): ParsedBrief =>
    ParsedBrief.parse({
      brief: { pageId: input.pageId, title: input.title, url: input.url, version: input.version, values, problems },
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
    );
    problems.push(...outcome.problems);
    if (outcome.found) {
      fields[field] = outcome.found.value;
      values.push({ field, value: outcome.found.value, source: outcome.found.source });
    }
  }
  const budget = fields.budget as BriefFields['budget'];
  if (budget && input.campaignCurrency && budget.currency !== input.campaignCurrency) {
    problems.push(
      `budget: the brief's budget is in ${budget.currency} (${formatAmount(budget.amount, budget.currency, ctx.language)}) but the campaign is in ${input.campaignCurrency}; it is kept in ${budget.currency}, not converted`,
    );
  }
  return result(fields);
}

function readBody(input: ParseBriefInput): BlockReading | { refused: string } {
  const limitMb = MAX_STORAGE_BYTES / (1024 * 1024);
  if (input.storage !== undefined) {
    const bytes = new TextEncoder().encode(input.storage).length;
    if (bytes > MAX_STORAGE_BYTES)
      return { refused: `brief: the page body is ${(bytes / (1024 * 1024)).toFixed(1)} MB; briefs over ${limitMb} MB are not read` };
    return storageToBlocks(input.storage);
  }
  if (input.adf !== undefined) {
    const size = JSON.stringify(input.adf).length;
    if (size > MAX_STORAGE_BYTES)
      return { refused: `brief: the page body is ${(size / (1024 * 1024)).toFixed(1)} MB; briefs over ${limitMb} MB are not read` };
    return adfToBlocks(input.adf);
  }
  return { refused: 'brief: the page has no body to read (neither storage nor ADF)' };
}

/** All places a field was found: one value when they agree, a problem (and no value) when they differ. */
function readField(field: SectionField, candidates: Candidate[], ctx: ReadContext): { found?: Found<unknown>; problems: string[] } {
  if (candidates.length === 0) return { problems: [`${field}: no ${FIELD_NAMES[field]} section found`] };
  const reader = READERS[field] as FieldReader<unknown>;
  const problems: string[] = [];
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
    const listed = distinct.map((f) => `${describe(f.value)} (${f.source})`).join('; ');
    return { problems: [...problems, `${field}: the brief gives different values: ${listed}; none was used`] };
  }
  return founds[0] ? { found: founds[0], problems } : { problems };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value && typeof value === 'object' && 'amount' in value && 'currency' in value)
    return `${String(value.amount)} ${String(value.currency)}`;
  return JSON.stringify(value);
}

/** Values are plain JSON built by the same readers (same key order), so their JSON text compares them. */
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
