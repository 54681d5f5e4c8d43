import type { KpiUnit } from '../model';
import { calendarDayFormat, coreFormatters, instantFormat, moneyFormat, type CoreFormatters } from '../../wording/format';

/**
 * Numbers, money and dates in the reader's locale (Intl), for the report's text and table cells: moments in the
 * report's time zone (UTC when unknown), money with the currency's usual decimals so amounts read back exactly.
 */
export interface ReportFormatters extends CoreFormatters {
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
  const long = calendarDayFormat(locale, { dateStyle: 'long' });
  const days = {
    // French writes the first of the month « 1er » (« lancement le 1er décembre 2026 »): calendarDayFormat does it.
    date: long,
    instant: instantFormat(locale, INSTANT, timeZone ?? 'UTC', 'UTC'),
  };
  const core = coreFormatters(locale, days, moneyFormat(locale, currency, {}, 2), 1);
  return {
    ...core,
    // KPI percents are kept as numbers of percent (2.5 = 2.5 %).
    kpi: (value, unit) => (unit === 'currency' ? core.money(value) : unit === 'percent' ? core.percent(value / 100) : core.number(value)),
  };
}
