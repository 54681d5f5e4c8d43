import { z } from 'zod';
import { BriefFields, ParsedBrief } from './parsed-brief';
import { clip, type BriefNote } from './notes';
import { render } from '../../wording/messages';
import type { Language } from '../../wording/locale';

/**
 * The optional AI reading of a brief (Forge LLMs): asked only for the fields the deterministic reader did not find,
 * held to the same zod schema as the reader's values (`BriefFields`), and each value must quote the brief line it
 * comes from, word for word. It never replaces a value the reader found, never settles a date waiting for the PM's
 * pick, and never names people (approvers are identities: only the page's mentions or exact names count).
 */
export const AI_FIELDS = ['objective', 'audience', 'launchDate', 'budget', 'channels', 'keyMessages'] as const;
export type AiField = (typeof AI_FIELDS)[number];

/** One JSON object asked of the model; its values are checked field by field afterwards. */
export const AiBriefAnswer = z
  .object({
    values: z.array(z.object({ field: z.enum(AI_FIELDS), value: z.unknown(), quote: z.string().min(1).max(500) }).strict()).max(20),
  })
  .strict();

/** The fields worth asking about: not read, and not waiting for the PM's pick. */
export function fieldsToAsk(parsed: ParsedBrief): AiField[] {
  const pending = new Set<string>((parsed.brief.choices ?? []).filter((c) => !c.picked).map((c) => c.field));
  return AI_FIELDS.filter((f) => parsed.fields[f] === undefined && !pending.has(f));
}

const unfence = (text: string): string => (/^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(text)?.[1] ?? text).trim();
const squash = (s: string): string =>
  s
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();

export type AiMerge = { parsed: ParsedBrief; outcome: 'used' | 'failed' };

/**
 * The model's answer merged into the reader's result: values that pass the field's schema and quote the brief are
 * added with `engine: 'ai'` (and uncertain); an answer that is not the expected JSON leaves the reading as it was.
 */
export function mergeAiAnswer(parsed: ParsedBrief, answer: string, lines: string[], asked: readonly AiField[], lang: Language): AiMerge {
  let json: unknown;
  try {
    json = JSON.parse(unfence(answer));
  } catch {
    return failed(parsed, lang);
  }
  const read = AiBriefAnswer.safeParse(json);
  if (!read.success) return failed(parsed, lang);
  const page = squash(lines.join('\n'));
  const fields: Record<string, unknown> = { ...parsed.fields };
  const values = [...parsed.brief.values];
  const problems: BriefNote[] = [];
  for (const v of read.data.values) {
    if (!asked.includes(v.field) || fields[v.field] !== undefined) continue;
    const checked = BriefFields.shape[v.field].safeParse(v.value);
    if (!checked.success || checked.data === undefined) continue;
    if (!page.includes(squash(v.quote))) {
      problems.push({ key: 'briefReading.aiQuoteMissing', params: { field: v.field, quote: clip(v.quote) } });
      continue;
    }
    fields[v.field] = checked.data;
    values.push({
      field: v.field,
      value: checked.data,
      source: render(lang, { key: 'briefReading.srcAi', params: { quote: clip(v.quote) } }),
      engine: 'ai',
      uncertain: true,
    });
  }
  const brief = {
    ...parsed.brief,
    values,
    problems: [...parsed.brief.problems, ...problems.map((p) => render(lang, p))],
    ai: 'used' as const,
  };
  return { parsed: ParsedBrief.parse({ brief, fields }), outcome: 'used' };
}

/** The reading when the model did not answer usably: said once, nothing else changes. */
export function failed(parsed: ParsedBrief, lang: Language): AiMerge {
  const note = render(lang, { key: 'briefReading.aiUnreadable', params: { field: 'brief' } });
  return { parsed: { ...parsed, brief: { ...parsed.brief, problems: [...parsed.brief.problems, note], ai: 'failed' } }, outcome: 'failed' };
}

/** The reading when no model is there: said once, nothing else changes. */
export function withoutAi(parsed: ParsedBrief, lang: Language): ParsedBrief {
  const note = render(lang, { key: 'briefReading.aiUnavailable', params: { field: 'brief' } });
  return { ...parsed, brief: { ...parsed.brief, problems: [...parsed.brief.problems, note], ai: 'unavailable' } };
}
