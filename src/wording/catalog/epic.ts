import { dayInWords, LANGUAGE_LOCALE, minorUnitDigits, moneyFormat } from '../format';
import type { Language } from '../locale';
import { NNBSP } from '../typography';

/** The description the app writes on a campaign's epic in Jira, in the plan's language (dates in words, Intl money). */
export interface EpicWords {
  intro: string;
  launch: (isoDay: string) => string;
  budget: (amount: number, currency: string) => string;
  /** The label before the brief's link. */
  brief: string;
}

const money = (lang: Language, amount: number, currency: string): string =>
  // Whole amounts without decimals (« 140 000 € »), others to the currency's minor unit.
  moneyFormat(
    LANGUAGE_LOCALE[lang],
    currency,
    { minimumFractionDigits: Number.isInteger(amount) ? 0 : minorUnitDigits(currency), maximumFractionDigits: minorUnitDigits(currency) },
    2,
  ).format(amount) +
  // A code Intl does not know is shown as an amount: name the currency after it.
  (moneyFormat(LANGUAGE_LOCALE[lang], currency).resolvedOptions().style === 'currency' ? '' : ` ${currency}`);

export const en: EpicWords = {
  intro: 'Campaign created by Campaign Control.',
  launch: (d) => `Launch date: ${dayInWords('en', d)}`,
  budget: (a, c) => `Budget: ${money('en', a, c)}`,
  brief: 'Brief: ',
};

export const fr: EpicWords = {
  intro: 'Campagne créée par Campaign Control.',
  launch: (d) => `Date de lancement${NNBSP}: ${dayInWords('fr', d)}`,
  budget: (a, c) => `Budget${NNBSP}: ${money('fr', a, c)}`,
  brief: `Brief${NNBSP}: `,
};

export const epicWords = (lang: Language): EpicWords => (lang === 'fr' ? fr : en);
