/**
 * The brief reader's words for briefs written as prose and drafts (issue 17): sentences as sources, days without a
 * year, ambiguous or past days, approximate and ranged amounts, breakdowns in parentheses, values an AI proposed.
 * Joined into the `briefReading` catalogue (`brief-reading.ts`), so the keys are `briefReading.*`.
 */
import { dayInWords, LANGUAGE_LOCALE, moneyFormat } from '../format';
import type { Language } from '../locale';
import * as briefWords from './brief';
import { NNBSP, quote } from '../typography';

const FIELDS: Record<Language, Record<string, string>> = {
  en: { ...briefWords.en.sectionNames, brief: 'Brief' },
  fr: { ...briefWords.fr.sectionNames, brief: 'Brief' },
};
const lead = (lang: Language, field: string): string => `${FIELDS[lang][field] ?? field}${lang === 'fr' ? NNBSP : ''}: `;
const money = (lang: Language, value: number, currency: string): string =>
  moneyFormat(LANGUAGE_LOCALE[lang], currency, { maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }, 0).format(value);

type F = { field: string };

export const en = {
  srcSentence: (p: { text: string }) => `sentence ${quote('en', p.text)}`,
  srcPicked: (p: { source: string; raw: string }) => `${p.source} (${p.raw}: the reading you picked)`,
  srcAi: (p: { quote: string }) => `proposed by the AI from ${quote('en', p.quote)}`,
  srcUnder: (p: { heading: string }) => `under ${quote('en', p.heading)}`,
  yearAssumed: (p: F & { raw: string; day: string }) =>
    `${lead('en', p.field)}${quote('en', p.raw)} has no year; read as the next one, ${dayInWords('en', p.day)}`,
  pastDate: (p: F & { day: string }) => `${lead('en', p.field)}${dayInWords('en', p.day)} is already past`,
  approximateAmount: (p: F & { raw: string }) =>
    `${lead('en', p.field)}${quote('en', p.raw)} is an approximation; kept, but uncertain until the brief states it`,
  rangeAmount: (p: F & { raw: string; min: number; max: number; currency: string }) =>
    `${lead('en', p.field)}${quote('en', p.raw)} is a range (${money('en', p.min, p.currency)} to ${money('en', p.max, p.currency)}); the upper end is used, uncertain until the brief states one amount`,
  breakdownVsTotal: (p: F & { sum: number; total: number; currency: string }) =>
    `${lead('en', p.field)}the breakdown in parentheses adds up to ${money('en', p.sum, p.currency)} but the total says ${money('en', p.total, p.currency)}; the total is used`,
  aiUnavailable: (p: F) => `${lead('en', p.field)}no AI model is available on this site; only the reader’s values are shown`,
  aiUnreadable: (p: F) => `${lead('en', p.field)}the AI’s answer could not be used; only the reader’s values are shown`,
  aiQuoteMissing: (p: F & { quote: string }) =>
    `${lead('en', p.field)}the AI proposed a value from ${quote('en', p.quote)}, which is not in the brief; it was dropped`,
};

export const fr: typeof en = {
  srcSentence: (p) => `phrase ${quote('fr', p.text)}`,
  srcPicked: (p) => `${p.source} (${p.raw}${NNBSP}: la lecture que vous avez choisie)`,
  srcAi: (p) => `proposé par l’IA d’après ${quote('fr', p.quote)}`,
  srcUnder: (p) => `sous ${quote('fr', p.heading)}`,
  yearAssumed: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.raw)} n’a pas d’année${NNBSP}; lu comme le prochain, le ${dayInWords('fr', p.day)}`,
  pastDate: (p) => `${lead('fr', p.field)}le ${dayInWords('fr', p.day)} est déjà passé`,
  approximateAmount: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.raw)} est une approximation${NNBSP}; gardée, mais incertaine tant que le brief ne la précise pas`,
  rangeAmount: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.raw)} est une fourchette (de ${money('fr', p.min, p.currency)} à ${money('fr', p.max, p.currency)})${NNBSP}; le haut de la fourchette est retenu, incertain tant que le brief ne donne pas un seul montant`,
  breakdownVsTotal: (p) =>
    `${lead('fr', p.field)}le détail entre parenthèses fait ${money('fr', p.sum, p.currency)} mais le total indique ${money('fr', p.total, p.currency)}${NNBSP}; le total est retenu`,
  aiUnavailable: (p) =>
    `${lead('fr', p.field)}aucun modèle d’IA n’est disponible sur ce site${NNBSP}; seules les valeurs lues sont affichées`,
  aiUnreadable: (p) => `${lead('fr', p.field)}la réponse de l’IA est inutilisable${NNBSP}; seules les valeurs lues sont affichées`,
  aiQuoteMissing: (p) =>
    `${lead('fr', p.field)}l’IA a proposé une valeur d’après ${quote('fr', p.quote)}, qui ne figure pas dans le brief${NNBSP}; elle a été écartée`,
};
