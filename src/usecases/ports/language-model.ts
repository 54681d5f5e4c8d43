import type { ChatMessage } from '../../domain/breakdown';

/** What the breakdown needs from a language model: whether one is there, and one answer to a prompt. */
export interface LanguageModelPort {
  /** The model to use, or undefined when the site offers none. */
  activeModel(): Promise<string | undefined>;
  /** The model's text answer. */
  chat(model: string, messages: ChatMessage[]): Promise<string>;
}
