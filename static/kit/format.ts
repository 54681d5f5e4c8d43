import { toBcp47 } from './locale';

/**
 * Numbers, money and dates in the user's locale (`Intl`). Plan dates are calendar days (`2026-11-27`), formatted
 * in UTC so they never shift by a day; moments (ISO timestamps) are shown in the user's time zone. Each app adds
 * the few formats only its screens show (see `moneyFormat`, `dayOf`), so a bundle carries only what it uses.
 */
export interface Formatters {
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  /** A moment as a date and time in the user's time zone. */
  instant: (iso: string) => string;
  money: (amount: number) => string;
  number: (n: number) => string;
  percent: (ratio: number) => string;
}

const utcDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Whole days from the ISO calendar day `a` to `b` (b − a), or NaN when either is not a day. */
export const daysFrom = (a: string, b: string): number => Math.round((utcDay(b).getTime() - utcDay(a).getTime()) / 86_400_000);

export function moneyFormat(tag: string, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency, ...options });
  } catch {
    // An unknown currency code: still show the amount.
    return new Intl.NumberFormat(tag, options);
  }
}

function instantFormat(tag: string, timeZone: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  } catch {
    // An unknown time zone: the browser's own.
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  }
}

export const dayOf = (fmt: Intl.DateTimeFormat) => (iso: string) => {
  const d = utcDay(iso);
  return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
};

/** A calendar day in the user's locale, e.g. "27 nov. 2026" (the `date` of `formatters`). */
export const formatDay = (iso: string, locale: string | null | undefined): string =>
  dayOf(new Intl.DateTimeFormat(toBcp47(locale), { dateStyle: 'medium', timeZone: 'UTC' }))(iso);

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  const tag = toBcp47(locale);
  const instantFmt = instantFormat(tag, timeZone);
  const moneyFmt = moneyFormat(tag, currency, { maximumFractionDigits: 0 });
  const numberFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: dayOf(new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' })),
    shortDate: dayOf(new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' })),
    instant: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : instantFmt.format(d);
    },
    money: (n) => moneyFmt.format(n),
    number: (n) => numberFmt.format(n),
    percent: (r) => percentFmt.format(r),
  };
}

/** A calendar day relative to `today` (both ISO days): "tomorrow", "in 3 days" / "demain", "dans 3 jours". */
export function relativeDay(iso: string, today: string, locale: string | null | undefined): string {
  const days = daysFrom(today, iso);
  return Number.isNaN(days) ? iso : new Intl.RelativeTimeFormat(toBcp47(locale), { numeric: 'auto' }).format(days, 'day');
}
