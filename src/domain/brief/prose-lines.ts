import type { Inline } from './blocks';
import { clip } from './notes';
import type { Candidate } from './reading';
import { foldCase } from './text';

/**
 * Values written in sentences rather than under labels: `Lancement prévu le 13 janvier`, `launch is planned for
 * March 3`, `We have a budget of ~ 95 k€ ?`. A word naming the field, then its value further in the same line.
 * Only the fields a sentence states plainly (the launch and the budget); the others need their own section.
 */
const WORDS: { field: 'launchDate' | 'budget'; pattern: RegExp }[] = [
  {
    field: 'launchDate',
    pattern:
      /(?<![a-z])(lancement|lancee?s?|lancer|launch(?:es|ed|ing)?|go[\s-]?live|goes live|mise en ligne|mis en ligne|sortie|release date)(?![a-z])/,
  },
  { field: 'budget', pattern: /(?<![a-z])(budgets?|enveloppe|total spend|cout total|total cost)(?![a-z])/ },
];

/** Sentences of a line: a stop, then a capital (`approx. 90k` and `~ 95 k€ ? à confirmer` stay whole). */
const sentencesOf = (line: string): string[] => line.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/).filter((s) => s.trim());

/** The candidates one line of prose gives: the text after each field word, cited by its sentence. */
export function sentenceCandidates(line: string, inline: Inline): Candidate[] {
  return sentencesOf(line).flatMap((sentence) => candidatesOf(sentence, inline));
}

function candidatesOf(line: string, inline: Inline): Candidate[] {
  // Same length as the line (accents folded one character each), so positions carry over.
  const folded = foldCase(line);
  return WORDS.flatMap(({ field, pattern }): Candidate[] => {
    const m = pattern.exec(folded);
    if (!m || folded.length !== line.length) return [];
    const text = line.slice(m.index + m[0].length).trim();
    if (!text) return [];
    const dates = inline.dates.filter((d) => text.includes(d));
    return [
      {
        field,
        kind: 'entry',
        sentence: true,
        inline: { text, mentions: [], dates },
        source: { key: 'briefReading.srcSentence', params: { text: clip(line) } },
      },
    ];
  });
}

const MONTH_WORD =
  /(?<![a-z])(janv|fevr?|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-z]*\.?\s*\d|\d{1,2}(er|st|nd|rd|th)?\s+(janv|fevr?|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)/;
const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;
const MONEY = /[€$£¥]|\b(eur|usd|gbp|chf|k€|keur)\b/;

/** A line with a date, an amount or a percentage: a value someone meant, whether or not it was read. */
export function looksLikeValue(line: string): boolean {
  const t = foldCase(line);
  return /\d/.test(t) && (MONEY.test(t) || NUMERIC_DATE.test(t) || MONTH_WORD.test(t) || /\d\s*%/.test(t) || /\d\s?(k|m|mio)\b/.test(t));
}
