import { formatters as baseFormatters, moneyFormat, type Formatters as BaseFormatters } from '../../kit/format';
import { languageOf, toBcp47 } from '../../kit/locale';
import { momentInWords } from '../../../src/wording/catalog/forecast';

/** The kit's formats, plus the chart's and the KPIs'. */
export interface Formatters extends BaseFormatters {
  /** Money without decimals and in compact form for chart axes ("12 k€"). */
  compactMoney: (amount: number) => string;
  /** A number of percent (5.6 → "5.6 %"), as KPIs keep them. */
  percentValue: (n: number) => string;
  /** A moment in words in the user's time zone, for sentences ("4 décembre à 10 h 12"). */
  moment: (iso: string) => string;
}

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  const tag = toBcp47(locale);
  const compactFmt = moneyFormat(locale, currency, { notation: 'compact', maximumFractionDigits: 1 });
  const percentValueFmt = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return {
    ...baseFormatters(locale, currency, timeZone),
    compactMoney: (n) => compactFmt.format(n),
    percentValue: (n) => percentValueFmt.format(n / 100),
    moment: (iso) => momentInWords(languageOf(locale), iso, timeZone),
  };
}

const utcDay = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Days since 1970-01-01 of an ISO calendar day: the chart's x axis. */
export const epochDay = (iso: string): number => Math.round(utcDay(iso).getTime() / 86_400_000);
export const isoOfEpochDay = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
