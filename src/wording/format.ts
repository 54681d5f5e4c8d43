import { toBcp47 } from './locale';

/**
 * Intl formatters for dates, money and numbers in the reader's locale, shared by the server (reports, comments)
 * and the UIs. Each takes a Jira or browser locale (`fr_FR`, `fr-FR`) and builds its `Intl` object once.
 * French output carries the narrow no-break spaces Intl puts inside amounts (`12 345,50 €`).
 */

/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3); 2 for a code Intl does not know. */
export function minorUnitDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount rounded to its currency's minor unit (cents for EUR), so what is shown is what is stored. */
export function roundToMinorUnit(amount: number, currency: string): number {
  const scale = 10 ** minorUnitDigits(currency);
  return Math.round(amount * scale) / scale;
}

/** A currency format; a code Intl does not know still shows the amount (with `fallbackDigits` decimals, if set). */
export function moneyFormat(
  locale: string | null | undefined,
  currency: string,
  options: Intl.NumberFormatOptions = {},
  fallbackDigits?: number,
): Intl.NumberFormat {
  const tag = toBcp47(locale);
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency, ...options });
  } catch {
    const digits = fallbackDigits === undefined ? {} : { minimumFractionDigits: fallbackDigits, maximumFractionDigits: fallbackDigits };
    return new Intl.NumberFormat(tag, { ...options, ...digits });
  }
}

/** A calendar day (`2025-03-01`, or the day of a timestamp) in UTC, so a plan date never shifts by a time zone. */
export function calendarDayFormat(locale: string | null | undefined, options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const tag = toBcp47(locale);
  const fmt = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
  // French writes the first of the month as an ordinal when the month is a word ("1er déc.", "lundi 1er décembre").
  const ordinalFirst = tag.startsWith('fr') && (options.month === 'long' || options.month === 'short' || options.dateStyle !== undefined);
  return (iso) => {
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return iso;
    if (!ordinalFirst || d.getUTCDate() !== 1) return fmt.format(d);
    return fmt
      .formatToParts(d)
      .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
      .join('');
  };
}

/** A moment in `timeZone`; an unknown zone falls back to `fallbackZone` (the runtime's zone when not given). */
export function instantFormat(
  locale: string | null | undefined,
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
  fallbackZone?: string,
): (iso: string) => string {
  const tag = toBcp47(locale);
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(tag, { ...options, ...(timeZone ? { timeZone } : {}) });
  } catch {
    fmt = new Intl.DateTimeFormat(tag, { ...options, ...(fallbackZone ? { timeZone: fallbackZone } : {}) });
  }
  const french = tag.startsWith('fr');
  return (iso) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return french ? frenchMoment(fmt.formatToParts(d)) : fmt.format(d);
  };
}

/**
 * French writes a time « 4 h 33 », not « 04:33 », and the first of the month « 1er » when the month is a word:
 * Intl's parts with the hour unpadded and « h » between the hour and the minutes.
 */
function frenchMoment(parts: Intl.DateTimeFormatPart[]): string {
  const wordMonth = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
  return parts
    .map((p, i) => {
      if (p.type === 'hour') return String(Number(p.value));
      if (p.type === 'literal' && parts[i - 1]?.type === 'hour' && parts[i + 1]?.type === 'minute') return '\u202fh\u202f';
      if (p.type === 'day' && p.value === '1' && wordMonth) return '1er';
      return p.value;
    })
    .join('');
}

/** A plain number (`maximumFractionDigits` 2 unless told). */
export const numberFormat = (
  locale: string | null | undefined,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): Intl.NumberFormat => new Intl.NumberFormat(toBcp47(locale), options);

/** A ratio as a percent (0.92 → 92 %). */
export const percentFormat = (locale: string | null | undefined, maximumFractionDigits: number): Intl.NumberFormat =>
  new Intl.NumberFormat(toBcp47(locale), { style: 'percent', maximumFractionDigits });

/** What the server's and the apps' formats share: calendar days, moments, money, numbers and ratios in one locale. */
export interface CoreFormatters {
  /** A calendar day (plan dates), never shifted by a time zone. */
  date: (iso: string) => string;
  /** A moment, in the reader's time zone. */
  instant: (iso: string) => string;
  money: (amount: number) => string;
  number: (n: number) => string;
  /** A ratio (0.92 → 92 %). */
  percent: (ratio: number) => string;
}

/** The core formats: `days` gives the day and moment formats, `money` the currency's, `percentDigits` a ratio's decimals. */
export function coreFormatters(
  locale: string | null | undefined,
  days: Pick<CoreFormatters, 'date' | 'instant'>,
  money: Intl.NumberFormat,
  percentDigits: number,
): CoreFormatters {
  const numberFmt = numberFormat(locale);
  const percentFmt = percentFormat(locale, percentDigits);
  return { ...days, money: (n) => money.format(n), number: (n) => numberFmt.format(n), percent: (r) => percentFmt.format(r) };
}

/** The Intl locale each language of the app writes in (British English, metropolitan French). */
export const LANGUAGE_LOCALE: Record<'en' | 'fr', string> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * A calendar day in words for a sentence: "7 December 2026", "7 décembre 2026"; French writes the first of the month
 * as an ordinal ("1er janvier"). `withYear` false drops the year ("7 décembre").
 */
export function dayInWords(lang: 'en' | 'fr', iso: string, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = withYear
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : { day: 'numeric', month: 'long' };
  return calendarDayFormat(LANGUAGE_LOCALE[lang], options)(iso);
}
