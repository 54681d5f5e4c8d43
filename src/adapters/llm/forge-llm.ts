import { AppError } from '../../shared/result';
import type { ChatMessage } from '../../domain/breakdown/ai-engine';

/** What the breakdown needs from a language model: whether one is there, and one answer to a prompt. */
export interface LanguageModel {
  /** The model to use, or undefined when the site offers none (no Forge LLMs, or none active). */
  activeModel(): Promise<string | undefined>;
  /** The model's text answer. */
  chat(model: string, messages: ChatMessage[]): Promise<string>;
}

type ForgeLlm = typeof import('@forge/llm');

/**
 * Loaded on first use: `@forge/llm` reads the Forge runtime when it is imported, and only the AI engine needs it,
 * so nothing else of the app depends on it being present.
 */
let sdk: Promise<ForgeLlm> | undefined;
const loadSdk = (): Promise<ForgeLlm> => (sdk ??= import('@forge/llm'));

const textOf = (content: string | { type: 'text'; text: string }[]): string =>
  typeof content === 'string' ? content : content.map((p) => p.text).join('');

/** Forge LLMs (`@forge/llm`, the manifest's `llm` module): the platform's hosted models. */
export const forgeLanguageModel: LanguageModel = {
  async activeModel() {
    try {
      const { list } = await loadSdk();
      const { models } = await list();
      return models.find((m) => m.status === 'active')?.model;
    } catch {
      // No llm module, not offered on this site or region, or the platform refused: the AI engine is simply off.
      return undefined;
    }
  },
  async chat(model, messages) {
    const { chat } = await loadSdk();
    let answer;
    try {
      answer = await chat({ model, messages, temperature: 0 });
    } catch (e) {
      // The model's own failure is for the logs; the person reads that nothing was suggested.
      console.error('[campaign-control] the AI model did not answer', e);
      throw new AppError('UPSTREAM', { key: 'errors.aiNoAnswer' }, 'engine');
    }
    const content = answer.choices[0]?.message.content;
    if (content === undefined) throw new AppError('UPSTREAM', { key: 'errors.aiEmpty' }, 'engine');
    return textOf(content);
  },
};
