import type { KpiUnit } from '../model';
import { calendarDayFormat, instantFormat, moneyFormat, numberFormat, percentFormat } from '../../wording/format';

/** Numbers, money and dates in the reader's locale (Intl), for the report's text and table cells. */
export interface ReportFormatters {
  /** A calendar day (plan dates), never shifted by a time zone. */
  date: (iso: string) => string;
  /** A moment, in `timeZone` (UTC when unknown). */
  instant: (iso: string) => string;
  /** Money with the currency's usual decimals, so amounts read back exactly. */
  money: (amount: number) => string;
  number: (n: number) => string;
  /** A ratio (0.92 → 92 %). */
  percent: (ratio: number) => string;
  kpi: (value: number, unit: KpiUnit) => string;
}

const INSTANT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

export function reportFormatters(locale: string | null | undefined, currency: string, timeZone?: string): ReportFormatters {
  // An unknown time zone says the time in UTC (and names it); an unknown currency still shows two decimals.
  const moneyFmt = moneyFormat(locale, currency, {}, 2);
  const numberFmt = numberFormat(locale);
  const percentFmt = percentFormat(locale, 1);
  return {
    date: calendarDayFormat(locale, { dateStyle: 'long' }),
    instant: instantFormat(locale, INSTANT, timeZone ?? 'UTC', 'UTC'),
    money: (n) => moneyFmt.format(n),
    number: (n) => numberFmt.format(n),
    percent: (r) => percentFmt.format(r),
    // KPI percents are kept as numbers of percent (2.5 = 2.5 %).
    kpi: (value, unit) =>
      unit === 'currency' ? moneyFmt.format(value) : unit === 'percent' ? percentFmt.format(value / 100) : numberFmt.format(value),
  };
}
