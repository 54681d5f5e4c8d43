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

export interface ForecastWords extends Record<ForecastLabel, string> {
  waitsFor: (milestone: string) => string;
  personLoad: (d: Pick<ForecastDriver, 'displayName' | 'workDays' | 'campaigns' | 'before'>) => string;
  onTime: (ratio: number) => string;
  criticality: (ratio: number) => string;
  basis: (trials: number, standardError: number) => string;
}

export const en: ForecastWords = {
  waitsFor: (m) => `Waits for ${quote('en', m)}`,
  personLoad: (d) =>
    `${d.displayName} holds ${days('en', d.workDays)} ${plural('en', d.workDays, { one: 'day', other: 'days' })} of work ` +
    `across ${d.campaigns} ${plural('en', d.campaigns, { one: 'campaign', other: 'campaigns' })} before ${dayInWords('en', d.before, false)}`,
  onTime: (r) => `${percent('en', r)} chance of meeting the due date`,
  criticalPath: 'Critical path',
  criticalPathIntro: 'The chain of work that sets the launch date, first step first.',
  otherCampaignWork: 'Work on another campaign (same people)',
  criticality: (r) => `critical in ${percent('en', r)} of trials`,
  legend: 'P50 · P85: the milestone is done by that date in 50% · 85% of the trials.',
  basis: (trials, se) =>
    `Monte Carlo over the task links and every person's load across campaigns: ${numberFormat('en-GB').format(trials)} trials, ` +
    `P85 within ±${days('en', se)} business ${plural('en', se, { one: 'day', other: 'days' })}`,
};

export const fr: ForecastWords = {
  waitsFor: (m) => `Attend ${quote('fr', m)}`,
  personLoad: (d) =>
    `${d.displayName} porte ${days('fr', d.workDays)}${NNBSP}j de travail sur ${d.campaigns} ` +
    `${plural('fr', d.campaigns, { one: 'campagne', other: 'campagnes' })} avant le ${dayInWords('fr', d.before, false)}`,
  onTime: (r) => `${percent('fr', r)} de chances de tenir l’échéance`,
  criticalPath: 'Chemin critique',
  criticalPathIntro: 'La chaîne de travail qui fixe la date de lancement, de la première étape à la dernière.',
  otherCampaignWork: 'Travail sur une autre campagne (mêmes personnes)',
  criticality: (r) => `critique dans ${percent('fr', r)} des tirages`,
  legend: `P50 · P85${NNBSP}: le jalon est terminé à cette date dans 50${NBSP}% · 85${NBSP}% des tirages.`,
  basis: (trials, se) =>
    `Monte-Carlo sur les liens entre tâches et la charge de chaque personne, toutes campagnes confondues${NNBSP}: ` +
    `${numberFormat('fr-FR').format(trials)} tirages, P85 à ±${days('fr', se)}${NNBSP}${plural('fr', se, { one: 'jour ouvré', other: 'jours ouvrés' })} près`,
};

export const forecastWords = (lang: Language): ForecastWords => (lang === 'fr' ? fr : en);
