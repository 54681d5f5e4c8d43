/**
 * The `~` (CONTAINS) operator. Jira runs a stemmed full-text search; the emulator approximates it:
 * case-insensitive, every term must occur (as a substring, `*` and `?` wildcards allowed inside a word),
 * and a value wrapped in escaped quotes (`summary ~ "\"launch plan\""`) must occur as a phrase.
 */
import { JqlCompileError } from './errors';
import { must } from '../../shared/must';

export type TextQuery = (text: string) => boolean;

export function compileTextQuery(value: string, field: string): TextQuery {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === '*') {
    throw new JqlCompileError(`The field '${field}' does not support searching for an empty string.`);
  }
  const phrase = /^"(.*)"$/s.exec(trimmed);
  if (phrase) {
    const needle = normalize(must(phrase[1], 'the phrase group'));
    return (text) => normalize(text).includes(needle);
  }
  const terms = trimmed
    .toLowerCase()
    .split(/[^\p{L}\p{N}*?_'-]+/u)
    .filter((t) => t !== '' && t !== '*');
  const matchers = terms.map(termMatcher);
  return (text) => {
    const lower = text.toLowerCase();
    return matchers.every((m) => m(lower));
  };
}

function termMatcher(term: string): (lowerText: string) => boolean {
  if (!/[*?]/.test(term)) return (t) => t.includes(term);
  const body = term
    .split('')
    .map((c) => (c === '*' ? '[\\p{L}\\p{N}_]*' : c === '?' ? '[\\p{L}\\p{N}_]' : c.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
    .join('');
  const re = new RegExp(body, 'u');
  return (t) => re.test(t);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
