import { nested, render, type Message } from '../../wording/messages';
import { QUOTE_LENGTH } from './limits';

/**
 * What the brief reader says, as structured messages of the `briefReading` catalogue: a value's source
 * (`table "Budget", row 3`) or a problem. They are worded once, in the reader's language, when the brief is parsed.
 */
export type BriefNote = Extract<Message, { key: `briefReading.${string}` }>;

/** `m` as the parameter `name` of another note (a problem's `source`, a reason's `why`). */
export const inner = <P extends string>(name: P, m: BriefNote): Record<P, string> & Record<string, string | number | boolean | null> =>
  nested(name, m, render('en', m));

/** A piece of page text quoted in a note: one line, bounded. */
export function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_LENGTH ? `${line.slice(0, QUOTE_LENGTH - 1)}…` : line;
}

/** Notes said once each, in the order first met (a page can skip the same kind of content many times). */
export class NoteSet {
  private readonly byText = new Map<string, BriefNote>();
  add(note: BriefNote): void {
    const id = JSON.stringify(note);
    if (!this.byText.has(id)) this.byText.set(id, note);
  }
  values(): BriefNote[] {
    return [...this.byText.values()];
  }
}
