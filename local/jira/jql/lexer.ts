/** Splits JQL text into tokens. Keywords (AND, IN, EMPTY...) stay words: the parser decides by position. */
import { syntaxError } from './errors';

export type TokenType = 'word' | 'string' | 'op' | '(' | ')' | ',' | '[' | ']' | 'and' | 'or' | 'not' | 'eof';

export interface Token {
  type: TokenType;
  /** Unescaped text: the word, the string content or the operator symbol. */
  text: string;
  /** Offset of the first character, and offset just past the last (to detect `].path` adjacency). */
  pos: number;
  end: number;
}

const SINGLE: Record<string, TokenType> = { '(': '(', ')': ')', ',': ',', '[': '[', ']': ']' };
// Characters that end a bare word. '.', '/', '@', ':' and '-' stay inside words so that emails,
// dates (2026/11/30), keys (MKT-5) and relative periods (-7d) need no quotes.
const WORD_BREAK = new Set([' ', '\t', '\r', '\n', '"', "'", '(', ')', '[', ']', ',', '=', '!', '<', '>', '~', '&', '|']);
// Jira reserves these; we reject them outside quotes rather than guess what was meant.
const RESERVED = new Set(['{', '}', '#', ';', '^']);
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', t: '\t', r: '\r', ' ': ' ' };

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, text: string, pos: number): void => {
    tokens.push({ type, text, pos, end: i });
  };
  while (i < jql.length) {
    // charAt, not [i]: a string, never undefined, and the same character inside the bounds the loops check.
    const c = jql.charAt(i);
    const single = SINGLE[c];
    const start = i;
    if (/\s/.test(c)) {
      i++;
    } else if (single !== undefined) {
      i++;
      push(single, c, start);
    } else if (c === '"' || c === "'") {
      i++;
      let text = '';
      for (;;) {
        if (i >= jql.length) {
          throw syntaxError(jql, start, `The quoted string '${text}' has not been completed.`);
        }
        const d = jql.charAt(i);
        if (d === c) break;
        if (d === '\\') {
          text += readEscape(jql, i);
          i += jql[i + 1] === 'u' ? 6 : 2;
        } else {
          text += d;
          i++;
        }
      }
      i++;
      push('string', text, start);
    } else if (c === '&' || c === '|') {
      // Jira accepts &, &&, | and || for AND / OR.
      i += jql[i + 1] === c ? 2 : 1;
      push(c === '&' ? 'and' : 'or', jql.slice(start, i), start);
    } else if ('=!<>~'.includes(c)) {
      const two = jql.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=' || two === '!~') {
        i += 2;
        push('op', two, start);
      } else if (c === '!') {
        i++;
        push('not', '!', start);
      } else {
        i++;
        push('op', c, start);
      }
    } else if (RESERVED.has(c)) {
      throw syntaxError(
        jql,
        start,
        `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape ` +
          `'\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}' instead.`,
      );
    } else {
      while (i < jql.length && !WORD_BREAK.has(jql.charAt(i)) && !RESERVED.has(jql.charAt(i))) i++;
      push('word', jql.slice(start, i), start);
    }
  }
  tokens.push({ type: 'eof', text: '', pos: jql.length, end: jql.length });
  return tokens;
}

function readEscape(jql: string, at: number): string {
  const e = jql[at + 1];
  if (e === 'u') {
    const hex = jql.slice(at + 2, at + 6);
    if (/^[0-9a-fA-F]{4}$/.test(hex)) return String.fromCharCode(parseInt(hex, 16));
  } else if (e !== undefined && ESCAPES[e] !== undefined) {
    return ESCAPES[e];
  }
  throw syntaxError(
    jql,
    at,
    `'\\${e ?? ''}' is an illegal JQL escape sequence. The valid escape sequences are \\', \\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.`,
  );
}
