import { addDays as addCalendarDays, differenceInCalendarDays, format, formatISO, parseISO } from 'date-fns';
import { calendarDayFormat, formatters as baseFormatters, type Formatters as BaseFormatters } from '../../kit/format';
import { toBcp47 } from '../../kit/locale';

/** The kit's formats, plus the planner's months, day shifts and lists. */
export interface Formatters extends BaseFormatters {
  month: (iso: string) => string;
  /** A signed number of days, e.g. "+7 days" / "+7 jours". */
  dayShift: (days: number) => string;
  /** A list in the locale's words, e.g. "a, b and c" / "a, b et c". */
  list: (items: string[]) => string;
}

export function formatters(locale: string | null | undefined, currency: string, timeZone?: string): Formatters {
  const tag = toBcp47(locale);
  const dayFmt = new Intl.NumberFormat(tag, { style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'exceptZero' });
  const listFmt = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    ...baseFormatters(locale, currency, timeZone),
    month: calendarDayFormat(locale, { month: 'short' }),
    dayShift: (days) => dayFmt.format(days),
    list: (items) => listFmt.format(items),
  };
}

/** Whole days between two ISO calendar days (b − a). */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(parseISO(b), parseISO(a));

export const addDays = (iso: string, days: number): string => formatISO(addCalendarDays(parseISO(iso), days), { representation: 'date' });

/** Today in the viewer's own calendar. */
export const localToday = (): string => format(new Date(), 'yyyy-MM-dd');
