import { format, isValid, parse } from 'date-fns';
import type { BriefNote } from './notes';
import type { Language } from './numbers';
import { escapeRegExp, foldCase } from './text';

/**
 * Calendar days as briefs write them: `17 mars 2026`, `1er mars 2026`, `March 17, 2026`, `17 March 2026`,
 * `2026-03-17`, `17/03/2026`, and without a year (`13 janvier`, `March 3`). A numeric date that reads both
 * day-first and month-first (`03/09/2027`) is never guessed, in either language: both readings are offered.
 */

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  sept: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

export interface DateHit {
  iso: string;
  /** Written without a year (`13 janvier`, `March 3`): the next such day from today was taken. */
  yearAssumed?: string;
}

/** A numeric date both day-first and month-first can read (`03/09/2027`): offered to the PM, never picked here. */
export interface DateChoice {
  raw: string;
  /** The reading usual in the brief's language first. */
  options: [string, string];
}

export type DateScan = { dates: DateHit[]; choices: DateChoice[]; problems: BriefNote[] };

function day(y: number, m: number, d: number): string | undefined {
  const parsed = parse(`${y}-${m}-${d}`, 'yyyy-M-d', new Date(0));
  return isValid(parsed) ? format(parsed, 'yyyy-MM-dd') : undefined;
}

/** The first `month`/`d` on or after `today` (this year or the next); undefined for 29 February in neither. */
function nextOccurrence(today: string, m: number, d: number): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1, year + 2, year + 3, year + 4]) {
    const iso = day(y, m, d);
    if (iso && iso >= today) return iso;
  }
  return undefined;
}

/**
 * Every date the text holds, plus the numeric ones that could not be read. With `today`, a day written without
 * a year is read as its next occurrence (and says so); without it, such days are not read.
 */
export function findDates(text: string, language: Language, field: string, today?: string): DateScan {
  const t = foldCase(text).replace(/[,\s\u00a0\u202f]+/g, ' ');
  const dates: DateHit[] = [];
  const choices: DateChoice[] = [];
  const problems: BriefNote[] = [];
  const push = (y: number, m: number, d: number, raw: string): void => {
    const iso = day(y, m, d);
    if (iso) dates.push({ iso });
    else problems.push({ key: 'briefReading.notRealDate', params: { field, raw } });
  };
  let rest = t.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (raw, y: string, m: string, d: string) => {
    push(Number(y), Number(m), Number(d), raw);
    return ' ';
  });
  rest = rest.replace(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, (raw, a: string, b: string, y: string) => {
    const [first, second] = [Number(a), Number(b)];
    const original = raw.replace(/\s/g, '');
    const dayFirst = day(Number(y), second, first);
    const monthFirst = day(Number(y), first, second);
    if (first > 12 || second > 12 || first === second || !dayFirst || !monthFirst)
      push(Number(y), first > 12 || language === 'fr' ? second : first, first > 12 || language === 'fr' ? first : second, original);
    else choices.push({ raw: original, options: language === 'fr' ? [dayFirst, monthFirst] : [monthFirst, dayFirst] });
    return ' ';
  });
  rest = rest.replace(
    new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH}\\.? (\\d{4})\\b`, 'g'),
    (raw, d: string, m: string, y: string) => {
      push(Number(y), MONTHS[m] ?? 0, Number(d), raw);
      return ' ';
    },
  );
  rest = rest.replace(new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})\\b`, 'g'), (raw, m: string, d: string, y: string) => {
    push(Number(y), MONTHS[m] ?? 0, Number(d), raw);
    return ' ';
  });
  /** The day as the brief wrote it (case and spacing), for quoting it back. */
  const asWritten = (raw: string): string => {
    const pattern = raw.trim().split(' ').map(escapeRegExp).join('[\\s,\u00a0\u202f]+');
    return new RegExp(pattern, 'i').exec(text)?.[0] ?? raw.trim();
  };
  const noYear = (raw: string, m: number, d: number): string => {
    // A day without a year next to full dates is a reminder (`J-30 : 15 février`), not the date itself.
    if (!today || dates.length > 0 || choices.length > 0) return ' ';
    const iso = nextOccurrence(today, m, d);
    if (iso) dates.push({ iso, yearAssumed: asWritten(raw) });
    else problems.push({ key: 'briefReading.notRealDate', params: { field, raw: raw.trim() } });
    return ' ';
  };
  rest = rest.replace(new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH}\\b\\.?`, 'g'), (raw, d: string, m: string) =>
    noYear(raw, MONTHS[m] ?? 0, Number(d)),
  );
  rest.replace(new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)`, 'g'), (raw, m: string, d: string) =>
    noYear(raw, MONTHS[m] ?? 0, Number(d)),
  );
  return { dates, choices, problems };
}
