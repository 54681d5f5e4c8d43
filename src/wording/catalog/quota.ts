/**
 * What people read when Jira's hourly points quota is nearly spent or paused: the panel's cached data with its time,
 * and a refusal naming when Jira answers again. French writes « 2 déc. à 14 h 05 » and
 * « 15 h »; English follows the reader's locale ("Dec 2, 2:05 PM" in en-US, "2 Dec, 14:05" in en-GB).
 */
import { toBcp47, languageOf, type Language } from '../locale';
import { NNBSP } from '../typography';

function formatterOf(locale: string | null | undefined, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const tag = toBcp47(locale);
  try {
    return new Intl.DateTimeFormat(tag, { ...options, ...(timeZone ? { timeZone } : {}) });
  } catch {
    return new Intl.DateTimeFormat(tag, options); // an unknown zone: the runtime's own
  }
}

const partsOf = (fmt: Intl.DateTimeFormat, d: Date): ((type: Intl.DateTimeFormatPartTypes) => string) => {
  const parts = fmt.formatToParts(d);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
};

/** « 14 h 05 », « 15 h » (on the hour); "2:05 PM", "3 PM" / "14:05". */
export function clockTime(locale: string | null | undefined, iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (languageOf(locale) === 'fr') {
    const part = partsOf(formatterOf('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone), d);
    const minute = part('minute');
    return minute === '00' ? `${Number(part('hour'))}${NNBSP}h` : `${Number(part('hour'))}${NNBSP}h${NNBSP}${minute}`;
  }
  const part = partsOf(formatterOf(locale, { minute: '2-digit' }, timeZone), d);
  const onTheHour = part('minute') === '00' || part('minute') === '0';
  const twelveHour = formatterOf(locale, { hour: 'numeric' }, timeZone).resolvedOptions().hour12 === true;
  return formatterOf(locale, onTheHour && twelveHour ? { hour: 'numeric' } : { hour: 'numeric', minute: '2-digit' }, timeZone).format(d);
}

/** « 2 déc. à 14 h 05 »; "Dec 2, 2:05 PM" / "2 Dec, 14:05". */
export function shortMoment(locale: string | null | undefined, iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (languageOf(locale) === 'fr') {
    const part = partsOf(formatterOf('fr-FR', { day: 'numeric', month: 'short' }, timeZone), d);
    const day = part('day') === '1' ? '1er' : part('day');
    return `${day} ${part('month')} à ${clockTime('fr', iso, timeZone)}`;
  }
  return formatterOf(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, timeZone).format(d);
}

export interface QuotaWords {
  /** The panel's line when it shows its stored data because Jira's quota is nearly spent or paused. */
  cachedData: (asOf: string, resumes: string) => string;
  /** The refusal of an action that needs Jira while its quota is paused (server side: the time in UTC). */
  paused: (resumes: string) => string;
}

export const en: QuotaWords = {
  cachedData: (asOf, resumes) => `Data as of ${asOf} (Jira is busy, updated after ${resumes})`,
  paused: (resumes) => `Jira is busy (the hourly quota of calls is spent). Please try again after ${resumes}.`,
};

export const fr: QuotaWords = {
  cachedData: (asOf, resumes) => `Données du ${asOf} (Jira est saturé, mise à jour après ${resumes})`,
  paused: (resumes) => `Jira est saturé (le quota horaire d’appels est épuisé). Veuillez réessayer après ${resumes}.`,
};

export const quotaWords = (lang: Language): QuotaWords => (lang === 'fr' ? fr : en);
