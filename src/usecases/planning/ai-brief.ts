import { aiBriefMessages } from '../../domain/brief/ai-prompt';
import { failed, fieldsToAsk, mergeAiAnswer, withoutAi } from '../../domain/brief/ai-reading';
import { briefLines, type ParsedBrief } from '../../domain/brief/parse-brief';
import type { Language } from '../../wording/locale';
import type { BriefPage } from '../ports/brief-pages';
import type { LanguageModelPort } from '../ports/language-model';

/**
 * The PM asked for the AI reading: the fields the reader did not find are asked of the site's model, if it has
 * one; its answer is validated and merged (`mergeAiAnswer`). No model, or a failed call, leaves the reading as it
 * was, with a note saying so; the preview never fails because of the AI.
 */
export async function withAiReading(
  parsed: ParsedBrief,
  page: BriefPage,
  llm: LanguageModelPort | undefined,
  lang: Language,
  today: string,
): Promise<ParsedBrief> {
  const asked = fieldsToAsk(parsed);
  if (asked.length === 0) return { ...parsed, brief: { ...parsed.brief, ai: 'used' } };
  const model = llm ? await llm.activeModel() : undefined;
  if (!llm || !model) return withoutAi(parsed, lang);
  const lines = briefLines({ pageId: page.id, title: page.title, url: page.url, version: page.version, storage: page.storage, people: [] });
  let answer: string;
  try {
    answer = await llm.chat(model, aiBriefMessages(lines, asked, today));
  } catch {
    // The adapter logs the model's failure; the PM reads that nothing was proposed.
    return failed(parsed, lang).parsed;
  }
  return mergeAiAnswer(parsed, answer, lines, asked, lang).parsed;
}
