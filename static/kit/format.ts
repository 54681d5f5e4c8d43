import { calendarDayFormat, coreFormatters, instantFormat, moneyFormat, type CoreFormatters } from '../../src/wording/format';
import { toBcp47 } from './locale';

/** The one set of Intl formats, shared with the server (reports, comments): the apps re-export what they use. */
export { calendarDayFormat, moneyFormat } from '../../src/wording/format';

/**
 * Numbers, money and dates in the user's locale (`Intl`). Plan dates are calendar days (`2026-11-27`), formatted
 * in UTC so they never shift by a day; moments (ISO timestamps) are shown in the user's time zone. Each app adds
 * the few formats only its screens show (see `calendarDayFormat`, `moneyFormat`), so a bundle carries only what it uses.
 */
export interface Formatters extends CoreFormatters {
  /** A calendar day without its year ("27 nov."). */
  shortDate: (iso: string) => string;
}

const utcDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Whole days from the ISO calendar day `a` to `b` (b − a), or NaN when either is not a day. */
export const daysFrom = (a: string, b: string): number => Math.round((utcDay(b).getTime() - utcDay(a).getTime()) / 86_400_000);

/** A calendar day in the user's locale, e.g. "27 nov. 2026" (the `date` of `formatters`). */
export const formatDay = (iso: string, locale: string | null | undefined): string =>
  calendarDayFormat(locale, { dateStyle: 'medium' })(iso);

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  // An unknown time zone falls back to the browser's own.
  const days = {
    date: calendarDayFormat(locale, { dateStyle: 'medium' }),
    instant: instantFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone),
  };
  return {
    ...coreFormatters(locale, days, moneyFormat(locale, currency, { maximumFractionDigits: 0 }), 0),
    shortDate: calendarDayFormat(locale, { day: 'numeric', month: 'short' }),
  };
}

/** A calendar day relative to `today` (both ISO days): "tomorrow", "in 3 days" / "demain", "dans 3 jours". */
export function relativeDay(iso: string, today: string, locale: string | null | undefined): string {
  const days = daysFrom(today, iso);
  return Number.isNaN(days) ? iso : new Intl.RelativeTimeFormat(toBcp47(locale), { numeric: 'auto' }).format(days, 'day');
}
