import type { ForecastDriver } from '../../contracts/campaign-panel';
import { dayInWords, LANGUAGE_LOCALE, numberFormat, percentFormat } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/** Intl's space before "%" in French (U+00A0), for percentages written out in full sentences. */
const NBSP = '\u00a0';

/**
 * The network forecast in words, for the issue panel and the status report: what a milestone waits for, whose load
 * drives it, its chance of the due date, and the critical path. Dates inside sentences are in words ("7 décembre").
 */
const LOCALE = LANGUAGE_LOCALE;
const days = (lang: Language, n: number): string => numberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(n);
const percent = (lang: Language, ratio: number): string => percentFormat(LOCALE[lang], 0).format(ratio);

/** The words of `ForecastWords` that take no argument, one string each. */
type ForecastLabel = 'criticalPath' | 'criticalPathIntro' | 'otherCampaignWork' | 'legend';

/**
 * A moment in words in the reader's time zone: "4 December at 10:12" / « 4 décembre à 10 h 12 » (French writes
 * hours with « h » in running text).
 */
export function momentInWords(lang: Language, iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(LOCALE[lang], { ...options, ...(timeZone ? { timeZone } : {}) });
  } catch {
    fmt = new Intl.DateTimeFormat(LOCALE[lang], options); // an unknown zone: the runtime's own
  }
  const parts = fmt.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = lang === 'fr' && part('day') === '1' ? '1er' : part('day');
  return lang === 'fr'
    ? `${day} ${part('month')} à ${Number(part('hour'))}${NNBSP}h${NNBSP}${part('minute')}`
    : `${day} ${part('month')} at ${part('hour')}:${part('minute')}`;
}

export interface ForecastWords extends Record<ForecastLabel, string> {
  /** The forecast's state line: when it was computed, or that it is being computed (`when` is `momentInWords`). */
  state: (status: 'current' | 'stale' | 'pending', when: string | null) => string;
  waitsFor: (milestone: string) => string;
  personLoad: (d: Pick<ForecastDriver, 'displayName' | 'workDays' | 'campaigns' | 'before'>) => string;
  onTime: (ratio: number) => string;
  criticality: (ratio: number) => string;
  basis: (trials: number, standardError: number) => string;
  /**
   * The deadline risk in plain words, from business days between the due date and P50 (positive: late) and P85:
   * "Probably 2 business days late", "Probably on time, but possibly 1 business day late".
   */
  outlook: (p50DaysAfterDue: number, p85DaysAfterDue: number | null) => string;
  /** The statistics behind "at the earliest" (P50) and "cautious" (P85), for their tooltip; `basis` says what they come from. */
  datesTip: (basis: string) => string;
}

export const en: ForecastWords = {
  state: (status, when) =>
    status === 'pending' || when === null
      ? 'Forecast being computed: its dates appear here in a moment.'
      : status === 'stale'
        ? `Forecast of ${when}, being updated with the latest changes…`
        : `Forecast of ${when}.`,
  waitsFor: (m) => `Waits for ${quote('en', m)}`,
  personLoad: (d) =>
    `${d.displayName} holds ${days('en', d.workDays)} ${plural('en', d.workDays, { one: 'day', other: 'days' })} of work ` +
    `across ${d.campaigns} ${plural('en', d.campaigns, { one: 'campaign', other: 'campaigns' })} before ${dayInWords('en', d.before, false)}`,
  onTime: (r) => `${percent('en', r)} chance of meeting the due date`,
  criticalPath: 'Critical path',
  criticalPathIntro: 'The chain of work that sets the launch date, first step first.',
  otherCampaignWork: 'Work on another campaign (same people)',
  criticality: (r) => `critical in ${percent('en', r)} of simulations`,
  legend: 'At the earliest: a one-in-two chance of being done by that date; cautious: an 85-in-100 chance.',
  basis: (trials, se) =>
    `Monte Carlo over the task links and every person’s load across campaigns: ${numberFormat('en-GB').format(trials)} simulations, ` +
    `P85 within ±${days('en', se)} business ${plural('en', se, { one: 'day', other: 'days' })}`,
  outlook: (p50, p85) => {
    const n = (d: number): string => `${days('en', Math.abs(d))} business ${plural('en', Math.abs(d), { one: 'day', other: 'days' })}`;
    const head = p50 > 0 ? `Probably ${n(p50)} late` : p50 < 0 ? `Probably on time, with ${n(p50)} to spare` : 'Probably on time';
    return p50 <= 0 && p85 !== null && p85 > 0 ? `${head}, but possibly ${n(p85)} late` : head;
  },
  datesTip: (basis) =>
    `At the earliest (P50): a one-in-two chance of being done by that date. Cautious (P85): an 85-in-100 chance. ${basis}.`,
};

export const fr: ForecastWords = {
  state: (status, when) =>
    status === 'pending' || when === null
      ? `Prévision en cours de calcul${NNBSP}: ses dates s’affichent ici dans un instant.`
      : status === 'stale'
        ? `Prévision du ${when}, en cours de mise à jour avec les derniers changements…`
        : `Prévision du ${when}.`,
  waitsFor: (m) => `Attend ${quote('fr', m)}`,
  personLoad: (d) =>
    `${d.displayName} porte ${days('fr', d.workDays)}${NNBSP}j de travail sur ${d.campaigns} ` +
    `${plural('fr', d.campaigns, { one: 'campagne', other: 'campagnes' })} avant le ${dayInWords('fr', d.before, false)}`,
  onTime: (r) => `${percent('fr', r)} de chances de tenir l’échéance`,
  criticalPath: 'Chemin critique',
  criticalPathIntro: 'La chaîne de travail qui fixe la date de lancement, de la première étape à la dernière.',
  otherCampaignWork: 'Travail sur une autre campagne (mêmes personnes)',
  criticality: (r) => `critique dans ${percent('fr', r)} des simulations`,
  legend: `Au plus tôt${NNBSP}: une chance sur deux d’avoir fini à cette date${NNBSP}; prudent${NNBSP}: 85${NBSP}chances sur 100.`,
  basis: (trials, se) =>
    `Monte-Carlo sur les liens entre tâches et la charge de chaque personne, toutes campagnes confondues${NNBSP}: ` +
    `${numberFormat('fr-FR').format(trials)} simulations, P85 à ±${days('fr', se)}${NNBSP}${plural('fr', se, { one: 'jour ouvré', other: 'jours ouvrés' })} près`,
  outlook: (p50, p85) => {
    const n = (d: number): string =>
      `${days('fr', Math.abs(d))}${NNBSP}${plural('fr', Math.abs(d), { one: 'jour ouvré', other: 'jours ouvrés' })}`;
    const head =
      p50 > 0
        ? `Probablement ${n(p50)} de retard`
        : p50 < 0
          ? `Probablement dans les temps, avec ${n(p50)} de marge`
          : 'Probablement dans les temps';
    return p50 <= 0 && p85 !== null && p85 > 0
      ? `${head}, mais ${n(p85)} de retard ${plural('fr', p85, { one: 'possible', other: 'possibles' })}`
      : head;
  },
  datesTip: (basis) =>
    `Au plus tôt (P50)${NNBSP}: une chance sur deux d’avoir fini à cette date. Prudent (P85)${NNBSP}: 85${NBSP}chances sur 100. ${basis}.`,
};

export const forecastWords = (lang: Language): ForecastWords => (lang === 'fr' ? fr : en);
