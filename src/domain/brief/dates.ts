import { format, isValid, parse } from 'date-fns';
import type { BriefNote } from './notes';
import type { Language } from './numbers';
import { foldCase } from './text';

/**
 * Calendar days as briefs write them: `17 mars 2026`, `1er mars 2026`, `March 17, 2026`, `17 March 2026`,
 * `2026-03-17`, `17/03/2026`. Numeric day/month dates are day-first in French briefs (and the source says so);
 * in English briefs they are read only when unambiguous (one part above 12), never guessed.
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
  /** The date as written, when a numeric date was read day-first: the reading is shown next to the source. */
  readDayFirst?: string;
}
export type DateScan = { dates: DateHit[]; problems: BriefNote[] };

function day(y: number, m: number, d: number): string | undefined {
  const parsed = parse(`${y}-${m}-${d}`, 'yyyy-M-d', new Date(0));
  return isValid(parsed) ? format(parsed, 'yyyy-MM-dd') : undefined;
}

/** Every date the text holds, plus the numeric ones that could not be read. */
export function findDates(text: string, language: Language, field: string): DateScan {
  const t = foldCase(text).replace(/[,\s\u00a0\u202f]+/g, ' ');
  const dates: DateHit[] = [];
  const problems: BriefNote[] = [];
  const push = (y: number, m: number, d: number, raw: string, readDayFirst?: string): void => {
    const iso = day(y, m, d);
    if (iso) dates.push(readDayFirst ? { iso, readDayFirst } : { iso });
    else problems.push({ key: 'briefReading.notRealDate', params: { field, raw } });
  };
  let rest = t.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (raw, y: string, m: string, d: string) => {
    push(Number(y), Number(m), Number(d), raw);
    return ' ';
  });
  rest = rest.replace(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, (raw, a: string, b: string, y: string) => {
    const [first, second] = [Number(a), Number(b)];
    const original = raw.replace(/\s/g, '');
    if (language === 'fr') push(Number(y), second, first, original, original);
    else if (first > 12) push(Number(y), second, first, original);
    else if (second > 12 || first === second) push(Number(y), first, second, original);
    else
      problems.push({
        key: 'briefReading.ambiguousDate',
        params: { field, raw: original, dayFirst: day(Number(y), second, first) ?? '', monthFirst: day(Number(y), first, second) ?? '' },
      });
    return ' ';
  });
  rest = rest.replace(
    new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)? ${MONTH}\\.? (\\d{4})\\b`, 'g'),
    (raw, d: string, m: string, y: string) => {
      push(Number(y), MONTHS[m] ?? 0, Number(d), raw);
      return ' ';
    },
  );
  rest.replace(new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)? (\\d{4})\\b`, 'g'), (raw, m: string, d: string, y: string) => {
    push(Number(y), MONTHS[m] ?? 0, Number(d), raw);
    return ' ';
  });
  return { dates, problems };
}
