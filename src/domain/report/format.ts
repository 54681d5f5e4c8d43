import type { KpiUnit } from '../model';
import { toBcp47 } from './language';

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

function moneyFormat(tag: string, currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency });
  } catch {
    // Not an ISO 4217 code Intl knows: still show the amount with two decimals.
    return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
}

function instantFormat(tag: string, timeZone: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: timeZone ?? 'UTC', timeZoneName: 'short' });
  } catch {
    // An unknown time zone: say the time in UTC (and name it).
    return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });
  }
}

export function reportFormatters(locale: string | null | undefined, currency: string, timeZone?: string): ReportFormatters {
  const tag = toBcp47(locale);
  const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const instantFmt = instantFormat(tag, timeZone);
  const moneyFmt = moneyFormat(tag, currency);
  const numberFmt = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const day = (iso: string): string => {
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
  };
  return {
    date: day,
    instant: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : instantFmt.format(d);
    },
    money: (n) => moneyFmt.format(n),
    number: (n) => numberFmt.format(n),
    percent: (r) => percentFmt.format(r),
    // KPI percents are kept as numbers of percent (2.5 = 2.5 %).
    kpi: (value, unit) => (unit === 'currency' ? moneyFmt.format(value) : unit === 'percent' ? percentFmt.format(value / 100) : numberFmt.format(value)),
  };
}
