import { instantFormat } from '../../../src/wording/format';
import { calendarDayFormat, formatters, moneyFormat } from '../../kit/format';

/**
 * The page's formats in the reader's locale: calendar days, moments, numbers and ratios from the kit, and money in
 * each campaign's own currency (a portfolio holds several; amounts are never converted or added across them).
 */
export interface PortfolioFormatters {
  date: (iso: string) => string;
  shortDate: (iso: string) => string;
  /** A month and its year ("décembre 2026"), for the calendar's period. */
  monthYear: (iso: string) => string;
  /** A month's short name ("déc."), for the calendar's columns. */
  month: (iso: string) => string;
  instant: (iso: string) => string;
  /** A moment's calendar day (ISO) and its time of day, in the reader's time zone, for a sentence. */
  dayOf: (iso: string) => string;
  timeOf: (iso: string) => string;
  number: (n: number) => string;
  percent: (ratio: number) => string;
  money: (amount: number, currency: string) => string;
}

export function portfolioFormatters(locale: string | undefined, timeZone?: string): PortfolioFormatters {
  const base = formatters(locale, 'EUR', timeZone);
  const money = new Map<string, Intl.NumberFormat>();
  return {
    date: base.date,
    shortDate: base.shortDate,
    monthYear: calendarDayFormat(locale, { month: 'long', year: 'numeric' }),
    month: calendarDayFormat(locale, { month: 'short' }),
    instant: base.instant,
    dayOf: instantFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone),
    timeOf: instantFormat(locale, { timeStyle: 'short' }, timeZone),
    number: base.number,
    percent: base.percent,
    money: (amount, currency) => {
      let fmt = money.get(currency);
      if (!fmt) money.set(currency, (fmt = moneyFormat(locale, currency, { maximumFractionDigits: 0 })));
      return fmt.format(amount);
    },
  };
}
