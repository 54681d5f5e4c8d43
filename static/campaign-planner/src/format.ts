import { addDays as addCalendarDays, differenceInCalendarDays, format, formatISO, parseISO } from 'date-fns';
import { toBcp47 } from './i18n';

/** Locale-aware formatting; dates are calendar days, so they are formatted in UTC to avoid shifting by a day. */
export interface Formatters {
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  month: (iso: string) => string;
  money: (amount: number) => string;
  number: (n: number) => string;
  percent: (ratio: number) => string;
  /** A moment (ISO timestamp) as a date and time in the viewer's time zone. */
  instant: (iso: string) => string;
  /** A signed number of days, e.g. "+7 days" / "+7 jours". */
  dayShift: (days: number) => string;
  /** A list in the locale's words, e.g. "a, b and c" / "a, b et c". */
  list: (items: string[]) => string;
}

const utcDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  const tag = toBcp47(locale);
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortFmt = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
  let moneyFmt: Intl.NumberFormat;
  try {
    moneyFmt = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    moneyFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  }
  const numberFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  let instantFmt: Intl.DateTimeFormat;
  try {
    instantFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  } catch {
    instantFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  }
  const dayFmt = new Intl.NumberFormat(tag, { style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'exceptZero' });
  const listFmt = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const safe = (fmt: Intl.DateTimeFormat) => (iso: string) => {
    const d = utcDay(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
  return {
    date: safe(dateFmt),
    shortDate: safe(shortFmt),
    month: safe(monthFmt),
    money: (amount) => moneyFmt.format(amount),
    number: (n) => numberFmt.format(n),
    percent: (ratio) => percentFmt.format(ratio),
    instant: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : instantFmt.format(d);
    },
    dayShift: (days) => dayFmt.format(days),
    list: (items) => listFmt.format(items),
  };
}

/** Whole days between two ISO calendar days (b − a). */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(parseISO(b), parseISO(a));

export const addDays = (iso: string, days: number): string => formatISO(addCalendarDays(parseISO(iso), days), { representation: 'date' });

/** Today in the viewer's own calendar. */
export const localToday = (): string => format(new Date(), 'yyyy-MM-dd');
