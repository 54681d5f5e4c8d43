import type { SectionField } from './labels';
import { inner, type BriefNote } from './notes';
import type { Candidate, FieldReader, Found, ReadContext } from './reading';
import { render } from '../../wording/messages';
import type { Language } from '../../wording/locale';
import { quote } from '../../wording/typography';
import { dayInWords } from '../../wording/format';
import { IsoDate } from '../model/common';

export interface FieldOutcome {
  found?: Found<unknown>;
  problems: BriefNote[];
  /** The sentence candidates that gave no value (their lines are listed as not understood). */
  unreadSentences: Candidate[];
}

/**
 * All places a field was found: one value when they agree, a problem (and no value) when they differ. Values in
 * sentences are a fallback: read only when no labelled place (section, table row, `Key: value` line) gives one.
 */
export function readField(
  field: SectionField,
  candidates: Candidate[],
  reader: FieldReader<unknown>,
  ctx: ReadContext,
  lang: Language,
): FieldOutcome {
  const labelled = candidates.filter((c) => !(c.kind === 'entry' && c.sentence));
  const sentences = candidates.filter((c) => c.kind === 'entry' && c.sentence);
  const first = readAll(field, labelled, reader, ctx, lang);
  if (first.found || sentences.length === 0) {
    const problems = labelled.length === 0 ? [{ key: 'briefReading.noSection', params: { field } } as BriefNote] : first.problems;
    return { ...first, problems, unreadSentences: [] };
  }
  const fallback = readAll(field, sentences, reader, ctx, lang);
  const problems = labelled.length > 0 ? [...first.problems, ...fallback.problems] : fallback.problems;
  if (!fallback.found && fallback.problems.length === 0 && labelled.length === 0)
    problems.push({ key: 'briefReading.noSection', params: { field } });
  return { ...(fallback.found ? { found: fallback.found } : {}), problems, unreadSentences: fallback.failed };
}

/** Each candidate read; sentences that give nothing are not problems (most sentences hold no value). */
function readAll(
  field: SectionField,
  candidates: Candidate[],
  reader: FieldReader<unknown>,
  ctx: ReadContext,
  lang: Language,
): { found?: Found<unknown>; problems: BriefNote[]; failed: Candidate[] } {
  const problems: BriefNote[] = [];
  const founds: Found<unknown>[] = [];
  const failedOnes: Candidate[] = [];
  for (const c of candidates) {
    const outcome = reader(c, ctx);
    const sentence = c.kind === 'entry' && c.sentence;
    if (outcome.ok) {
      founds.push(outcome.found);
      problems.push(...outcome.found.notices);
    } else {
      failedOnes.push(c);
      // A sentence's own problem is kept when it names something specific (an ambiguous or impossible date).
      problems.push(...(sentence ? outcome.problems.filter(specific) : outcome.problems));
    }
  }
  const distinct = founds.filter((f, i) => founds.findIndex((g) => sameValue(g.value, f.value)) === i);
  if (distinct.length > 1) {
    const listed = distinct
      .map((f) => render(lang, { key: 'briefReading.valueAt', params: { value: describe(f.value, lang), ...inner('source', f.source) } }))
      .join(render(lang, { key: 'briefReading.listSeparator' }));
    return { problems: [...problems, { key: 'briefReading.differentValues', params: { field, listed } }], failed: failedOnes };
  }
  return founds[0] ? { found: founds[0], problems, failed: failedOnes } : { problems, failed: failedOnes };
}

const SPECIFIC = new Set(['briefReading.ambiguousDate', 'briefReading.notRealDate', 'briefReading.severalDates']);
const specific = (n: BriefNote): boolean => SPECIFIC.has(n.key);

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
