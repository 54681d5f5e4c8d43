import { escapeRegExp, normalize } from '../brief/text';

/**
 * The goal folded for matching (lower case, no accents, punctuation as spaces), with the index in the original text
 * of each folded character, so a match can be quoted as the user typed it.
 */
export interface FoldedGoal {
  text: string;
  source: number[];
}

/** One character folded as `normalize` folds a text: accents dropped, lower case, anything else a space. */
const foldChar = (c: string): string =>
  c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9%€$£¥]/g, ' ');

export function foldGoal(goal: string): FoldedGoal {
  let text = '';
  const source: number[] = [];
  let i = 0;
  for (const c of goal) {
    const folded = foldChar(c);
    for (let k = 0; k < folded.length; k++) source.push(i);
    text += folded;
    i += c.length;
  }
  return { text, source };
}

/**
 * The pattern of a library phrase in a folded goal: whole words, any run of spaces between them, and each word may
 * take a plural `s` or `x` ("réseau social payant" also reads "réseaux sociaux payants" when the library says so).
 */
export function phrasePattern(phrase: string): RegExp | undefined {
  const words = normalize(phrase).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![a-z0-9])${words.map((w) => `${escapeRegExp(w)}[sx]?`).join(' +')}(?![a-z0-9])`, 'g');
}

/** The words of the original goal behind the folded span [start, end), as typed (accents and case kept). */
export function typedWords(goal: string, folded: FoldedGoal, start: number, end: number): string {
  const from = folded.source[start] ?? 0;
  const last = folded.source[end - 1] ?? from;
  // The last folded character may come from a character of two UTF-16 units.
  const to = last + ((goal.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return goal.slice(from, to).replace(/\s+/g, ' ').trim();
}
