import { toBcp47 } from './i18n';

/** Locale-aware formatting. Plan dates are calendar days, formatted in UTC so they never shift by a day. */
export interface Formatters {
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  /** A moment (ISO timestamp) in the viewer's time zone. */
  instant: (iso: string) => string;
  money: (amount: number) => string;
  /** Money without decimals and in compact form for chart axes ("12 k€"). */
  compactMoney: (amount: number) => string;
  number: (n: number) => string;
  percent: (ratio: number) => string;
  /** A number of percent (5.6 → "5.6 %"), as KPIs keep them. */
  percentValue: (n: number) => string;
}

const utcDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

function moneyFormat(tag: string, currency: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency, ...options });
  } catch {
    // An unknown currency code: still show the amount.
    return new Intl.NumberFormat(tag, options);
  }
}

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  const tag = toBcp47(locale);
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortFmt = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  let instantFmt: Intl.DateTimeFormat;
  try {
    instantFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
  } catch {
    instantFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  }
  const moneyFmt = moneyFormat(tag, currency, { maximumFractionDigits: 0 });
  const compactFmt = moneyFormat(tag, currency, { notation: 'compact', maximumFractionDigits: 1 });
  const numberFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const percentValueFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const day = (fmt: Intl.DateTimeFormat) => (iso: string) => {
    const d = utcDay(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
  return {
    date: day(dateFmt),
    shortDate: day(shortFmt),
    instant: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : instantFmt.format(d);
    },
    money: (n) => moneyFmt.format(n),
    compactMoney: (n) => compactFmt.format(n),
    number: (n) => numberFmt.format(n),
    percent: (r) => percentFmt.format(r),
    percentValue: (n) => percentValueFmt.format(n / 100),
  };
}

/** Days since 1970-01-01 of an ISO calendar day: the chart's x axis. */
export const epochDay = (iso: string): number => Math.round(utcDay(iso).getTime() / 86_400_000);
export const isoOfEpochDay = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
