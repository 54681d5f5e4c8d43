/**
 * What the brief reader says about a Confluence brief: where each value came from (its source) and what it could not
 * understand (its problems), in the reader's language. Each problem starts with the section it is about
 * (`field`, a brief section or `brief` for the whole page). Page text is quoted as written; amounts are in the
 * reader's number format and dates in words. `en` is the source of truth; `fr` has its type.
 */
import { dayInWords, LANGUAGE_LOCALE, moneyFormat, numberFormat } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';
import * as briefWords from './brief';
import * as prose from './brief-reading-prose';

const FIELDS: Record<Language, Record<string, string>> = {
  en: { ...briefWords.en.sectionNames, brief: 'Brief' },
  fr: { ...briefWords.fr.sectionNames, brief: 'Brief' },
};
/** `Budget: ` / `Budget : ` — the section a problem is about. */
const lead = (lang: Language, field: string): string => `${FIELDS[lang][field] ?? field}${lang === 'fr' ? NNBSP : ''}: `;

/** Whole amounts without cents (`120 000 €`), others with them. */
const cents = (value: number): Intl.NumberFormatOptions =>
  Number.isInteger(value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** An amount as the reader writes it; without a currency, the figure alone. */
const amount = (lang: Language, value: number, currency: string | null): string =>
  currency
    ? moneyFormat(LANGUAGE_LOCALE[lang], currency, cents(value), 2).format(value) +
      (moneyFormat(LANGUAGE_LOCALE[lang], currency).resolvedOptions().style === 'currency' ? '' : ` ${currency}`)
    : numberFormat(LANGUAGE_LOCALE[lang]).format(value);

const oneDecimal = (lang: Language, n: number): string =>
  numberFormat(LANGUAGE_LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** Comma-separated ISO days, in words: `17 March 2026, 24 March 2026`. */
const days = (lang: Language, isoList: string): string =>
  isoList
    .split(',')
    .filter(Boolean)
    .map((d) => dayInWords(lang, d))
    .join(', ');

const UNITS: Record<Language, Record<string, string>> = {
  en: { percent: 'a percentage', count: 'a count', currency: 'an amount', ratio: 'a ratio' },
  fr: { percent: 'un pourcentage', count: 'un nombre', currency: 'un montant', ratio: 'un ratio' },
};
const unit = (lang: Language, u: string): string => UNITS[lang][u] ?? quote(lang, u);

type F = { field: string };
type At = F & { source: string };

export const en = {
  ...prose.en,
  // Sources: where a value was read.
  srcPageTitle: 'page title',
  srcHeading: (p: { heading: string }) => `heading ${quote('en', p.heading)}`,
  srcRow: (p: { caption: string; row: number }) => `table ${quote('en', p.caption)}, row ${p.row}`,
  srcRows: (p: { caption: string; first: number; last: number }) => `table ${quote('en', p.caption)}, rows ${p.first}–${p.last}`,
  srcTable: (p: { caption: string }) => `table ${quote('en', p.caption)}`,
  srcLine: (p: { label: string }) => `line ${quote('en', p.label)}`,
  srcSum: (p: { source: string }) => `${p.source} (sum of the lines)`,
  srcNotConverted: (p: { source: string; from: string; to: string }) => `${p.source} (in ${p.from}, not converted to ${p.to})`,
  srcBrief: 'the brief',
  // How a value is described when two places disagree.
  valueAt: (p: { value: string; source: string }) => `${p.value} (${p.source})`,
  valueItems: (p: { n: number }) => `${p.n} ${plural('en', p.n, { one: 'item', other: 'items' })}`,
  valueAmount: (p: { amount: number; currency: string }) => amount('en', p.amount, p.currency),
  listSeparator: '; ',
  // Why a figure is not a number (inside another problem: "it …").
  whyNotNumber: 'is not a number',
  whyBadGroups: 'has digit groups that do not make a number',
  whyUnknownUnit: (p: { unit: string }) => `has ${quote('en', p.unit)} after the number, which is not a unit the reader knows`,
  whySeveralCurrencies: (p: { codes: string }) => `names several currencies (${p.codes})`,
  whyNoAmount: 'has no amount',
  // The page as a whole.
  adfInvalid: (p: F & { path: string }) => `${lead('en', p.field)}skipped a part of the page that is not valid (at ${p.path})`,
  tooDeep: (p: F & { levels: number }) => `${lead('en', p.field)}content nested more than ${p.levels} levels deep was not read`,
  notAdfDocument: (p: F) => `${lead('en', p.field)}the page body is not a document, so nothing was read`,
  activeContent: (p: F & { tag: string }) => `${lead('en', p.field)}skipped active content <${p.tag}>; only the page’s text is read`,
  eventHandler: (p: F & { attr: string; tag: string }) => `${lead('en', p.field)}ignored the event handler ${p.attr}= on <${p.tag}>`,
  unsafeLink: (p: F & { scheme: string; tag: string }) => `${lead('en', p.field)}ignored a ${p.scheme}: link on <${p.tag}>`,
  tooLarge: (p: F & { mb: number; limit: number }) =>
    `${lead('en', p.field)}the page body is ${oneDecimal('en', p.mb)} MB; briefs over ${p.limit} MB are not read`,
  noBody: (p: F) => `${lead('en', p.field)}the page has no body to read`,
  // Any section.
  noSection: (p: F) => `${lead('en', p.field)}no section found`,
  differentValues: (p: F & { listed: string }) => `${lead('en', p.field)}the brief gives different values: ${p.listed}; none was used`,
  sectionEmpty: (p: F & { heading: string }) => `${lead('en', p.field)}section ${quote('en', p.heading)} is empty`,
  sourceEmpty: (p: At) => `${lead('en', p.field)}${p.source} is empty`,
  tableCut: (p: F & { caption: string; rows: number; max: number }) =>
    `${lead('en', p.field)}table ${quote('en', p.caption)} has ${p.rows} rows; only the first ${p.max} were read`,
  // Dates.
  notRealDate: (p: F & { raw: string }) => `${lead('en', p.field)}${quote('en', p.raw)} is not a real calendar date`,
  ambiguousDate: (p: F & { raw: string; dayFirst: string; monthFirst: string }) =>
    `${lead('en', p.field)}${quote('en', p.raw)} could be ${dayInWords('en', p.dayFirst)} or ${dayInWords('en', p.monthFirst)}; write the month in words`,
  severalDates: (p: At & { dates: string }) =>
    `${lead('en', p.field)}${p.source} gives several dates (${days('en', p.dates)}); which one is the launch is not clear`,
  notADate: (p: F & { text: string }) =>
    `${lead('en', p.field)}${quote('en', p.text)} is not a date the reader understands (write it like 17 March 2026)`,
  // Budget.
  notAmount: (p: At & { text: string; why: string }) =>
    `${lead('en', p.field)}${quote('en', p.text)} in ${p.source} is not an amount the reader understands (it ${p.why}; write it like €120,000 or USD 180,000)`,
  noCurrency: (p: At & { amount: number }) =>
    `${lead('en', p.field)}${amount('en', p.amount, null)} in ${p.source} names no currency (write € or EUR, for instance)`,
  otherCurrency: (p: F & { amount: number; currency: string; campaignCurrency: string }) =>
    `${lead('en', p.field)}the brief’s budget is in ${p.currency} (${amount('en', p.amount, p.currency)}) but the campaign is in ${p.campaignCurrency}; it is kept in ${p.currency}, not converted`,
  noAmountColumn: (p: F & { caption: string }) =>
    `${lead('en', p.field)}table ${quote('en', p.caption)} has no column of amounts (a column such as ‘Amount’ is expected)`,
  rowNoAmount: (p: At & { label: string }) => `${lead('en', p.field)}${p.source} (${quote('en', p.label)}) has no amount`,
  mixedCurrencies: (p: F & { caption: string; codes: string }) =>
    `${lead('en', p.field)}table ${quote('en', p.caption)} mixes currencies (${p.codes}); convert them to one before planning`,
  noReadableAmounts: (p: F & { caption: string }) => `${lead('en', p.field)}table ${quote('en', p.caption)} has no readable amounts`,
  linesVsTotal: (p: F & { caption: string; sum: number; total: number; row: number; currency: string }) =>
    `${lead('en', p.field)}the lines of table ${quote('en', p.caption)} add up to ${amount('en', p.sum, p.currency)} but its total (row ${p.row}) says ${amount('en', p.total, p.currency)}; the total is used`,
  textVsTable: (p: F & { caption: string; stated: number; amount: number; currency: string }) =>
    `${lead('en', p.field)}the text says ${amount('en', p.stated, p.currency)} but table ${quote('en', p.caption)} says ${amount('en', p.amount, p.currency)}; the table is used`,
  // KPIs.
  noTargetColumn: (p: F & { caption: string }) =>
    `${lead('en', p.field)}table ${quote('en', p.caption)} has no target column (a column named ‘Target’ is expected)`,
  tableNoRows: (p: F & { caption: string }) => `${lead('en', p.field)}table ${quote('en', p.caption)} has no rows`,
  notNameTarget: (p: At & { line: string }) =>
    `${lead('en', p.field)}${quote('en', p.line)} in ${p.source} is not ‘name: target’ (for instance ‘MQL: 600’)`,
  noKpiName: (p: At) => `${lead('en', p.field)}${p.source} has no KPI name`,
  noTarget: (p: At & { name: string }) => `${lead('en', p.field)}${quote('en', p.name)} (${p.source}) has no target`,
  targetNotNumber: (p: At & { name: string; target: string; why: string }) =>
    `${lead('en', p.field)}the target ${quote('en', p.target)} of ${quote('en', p.name)} (${p.source}) is not a number (it ${p.why}; write it like 600, 4.0% or 3x)`,
  unknownUnit: (p: At & { name: string; unit: string }) =>
    `${lead('en', p.field)}the unit ${quote('en', p.unit)} of ${quote('en', p.name)} (${p.source}) is not a percentage, a count, an amount or a ratio`,
  unitMismatch: (p: At & { name: string; target: string; stated: string; actual: string }) =>
    `${lead('en', p.field)}${quote('en', p.name)} (${p.source}) is ${unit('en', p.stated)} but its target ${quote('en', p.target)} is ${unit('en', p.actual)}`,
  // Approvers.
  rowNoApprover: (p: At & { role: string }) =>
    `${lead('en', p.field)}${p.source}${p.role ? ` (${quote('en', p.role)})` : ''} names no approver`,
  mentionUnknown: (p: At & { accountId: string }) =>
    `${lead('en', p.field)}the mention of account ${p.accountId} (${p.source}) is not a person of this site; kept as written`,
  nameAmbiguous: (p: At & { name: string; count: number }) =>
    `${lead('en', p.field)}${quote('en', p.name)} (${p.source}) matches ${p.count} people; use a @mention`,
  notAPerson: (p: At & { text: string }) =>
    `${lead('en', p.field)}${quote('en', p.text)} (${p.source}) is not a person of this site (use a @mention or their full name)`,
  namesNoApprover: (p: At) => `${lead('en', p.field)}${p.source} names no approver`,
};

export const fr: typeof en = {
  ...prose.fr,
  srcPageTitle: 'titre de la page',
  srcHeading: (p) => `titre ${quote('fr', p.heading)}`,
  srcRow: (p) => `tableau ${quote('fr', p.caption)}, ligne ${p.row}`,
  srcRows: (p) => `tableau ${quote('fr', p.caption)}, lignes ${p.first} à ${p.last}`,
  srcTable: (p) => `tableau ${quote('fr', p.caption)}`,
  srcLine: (p) => `ligne ${quote('fr', p.label)}`,
  srcSum: (p) => `${p.source} (somme des lignes)`,
  srcNotConverted: (p) => `${p.source} (en ${p.from}, non converti en ${p.to})`,
  srcBrief: 'le brief',
  valueAt: (p) => `${p.value} (${p.source})`,
  valueItems: (p) => `${p.n}${NNBSP}${plural('fr', p.n, { one: 'élément', other: 'éléments' })}`,
  valueAmount: (p) => amount('fr', p.amount, p.currency),
  listSeparator: `${NNBSP}; `,
  whyNotNumber: 'n’est pas un nombre',
  whyBadGroups: 'a des groupes de chiffres qui ne forment pas un nombre',
  whyUnknownUnit: (p) => `est suivi de ${quote('fr', p.unit)}, qui n’est pas une unité connue`,
  whySeveralCurrencies: (p) => `nomme plusieurs devises (${p.codes})`,
  whyNoAmount: 'n’a pas de montant',
  adfInvalid: (p) => `${lead('fr', p.field)}une partie de la page n’est pas valide et n’a pas été lue (à ${p.path})`,
  tooDeep: (p) => `${lead('fr', p.field)}le contenu imbriqué sur plus de ${p.levels}${NNBSP}niveaux n’a pas été lu`,
  notAdfDocument: (p) => `${lead('fr', p.field)}le corps de la page n’est pas un document${NNBSP}: rien n’a été lu`,
  activeContent: (p) => `${lead('fr', p.field)}contenu actif <${p.tag}> ignoré${NNBSP}; seul le texte de la page est lu`,
  eventHandler: (p) => `${lead('fr', p.field)}gestionnaire d’événement ${p.attr}= ignoré sur <${p.tag}>`,
  unsafeLink: (p) => `${lead('fr', p.field)}lien ${p.scheme}: ignoré sur <${p.tag}>`,
  tooLarge: (p) =>
    `${lead('fr', p.field)}le corps de la page fait ${oneDecimal('fr', p.mb)}${NNBSP}Mo${NNBSP}; les briefs de plus de ${p.limit}${NNBSP}Mo ne sont pas lus`,
  noBody: (p) => `${lead('fr', p.field)}la page n’a pas de contenu à lire`,
  noSection: (p) => `${lead('fr', p.field)}aucune section trouvée`,
  differentValues: (p) =>
    `${lead('fr', p.field)}le brief donne des valeurs différentes${NNBSP}: ${p.listed}${NNBSP}; aucune n’a été retenue`,
  sectionEmpty: (p) => `${lead('fr', p.field)}la section ${quote('fr', p.heading)} est vide`,
  sourceEmpty: (p) => `${lead('fr', p.field)}${p.source} est vide`,
  tableCut: (p) =>
    `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} a ${p.rows}${NNBSP}lignes${NNBSP}; seules les ${p.max}${NNBSP}premières ont été lues`,
  notRealDate: (p) => `${lead('fr', p.field)}${quote('fr', p.raw)} n’est pas une date du calendrier`,
  ambiguousDate: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.raw)} peut être le ${dayInWords('fr', p.dayFirst)} ou le ${dayInWords('fr', p.monthFirst)}${NNBSP}; écrivez le mois en toutes lettres`,
  severalDates: (p) =>
    `${lead('fr', p.field)}${p.source} donne plusieurs dates (${days('fr', p.dates)})${NNBSP}; on ne sait pas laquelle est le lancement`,
  notADate: (p) => `${lead('fr', p.field)}${quote('fr', p.text)} n’est pas une date lisible (écrivez-la comme 17 mars 2026)`,
  notAmount: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.text)} (${p.source}) n’est pas un montant lisible (il ${p.why}${NNBSP}; écrivez-le comme 120${NNBSP}000${NNBSP}€ ou 120${NNBSP}000${NNBSP}EUR)`,
  noCurrency: (p) =>
    `${lead('fr', p.field)}${amount('fr', p.amount, null)} (${p.source}) ne précise pas la devise (écrivez € ou EUR, par exemple)`,
  otherCurrency: (p) =>
    `${lead('fr', p.field)}le budget du brief est en ${p.currency} (${amount('fr', p.amount, p.currency)}) mais la campagne est en ${p.campaignCurrency}${NNBSP}; il est gardé en ${p.currency}, sans conversion`,
  noAmountColumn: (p) =>
    `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} n’a pas de colonne de montants (une colonne telle que ${quote('fr', 'Montant')} est attendue)`,
  rowNoAmount: (p) => `${lead('fr', p.field)}${p.source} (${quote('fr', p.label)}) n’a pas de montant`,
  mixedCurrencies: (p) =>
    `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} mélange des devises (${p.codes})${NNBSP}; convertissez-les en une seule avant de planifier`,
  noReadableAmounts: (p) => `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} n’a aucun montant lisible`,
  linesVsTotal: (p) =>
    `${lead('fr', p.field)}les lignes du tableau ${quote('fr', p.caption)} font ${amount('fr', p.sum, p.currency)} mais son total (ligne ${p.row}) indique ${amount('fr', p.total, p.currency)}${NNBSP}; le total est retenu`,
  textVsTable: (p) =>
    `${lead('fr', p.field)}le texte indique ${amount('fr', p.stated, p.currency)} mais le tableau ${quote('fr', p.caption)} indique ${amount('fr', p.amount, p.currency)}${NNBSP}; le tableau est retenu`,
  noTargetColumn: (p) =>
    `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} n’a pas de colonne d’objectifs (une colonne nommée ${quote('fr', 'Objectif')} est attendue)`,
  tableNoRows: (p) => `${lead('fr', p.field)}le tableau ${quote('fr', p.caption)} n’a aucune ligne`,
  notNameTarget: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.line)} (${p.source}) n’a pas la forme ${quote('fr', `nom${NNBSP}: objectif`)} (par exemple ${quote('fr', `MQL${NNBSP}: 600`)})`,
  noKpiName: (p) => `${lead('fr', p.field)}${p.source} n’a pas de nom d’indicateur`,
  noTarget: (p) => `${lead('fr', p.field)}${quote('fr', p.name)} (${p.source}) n’a pas d’objectif`,
  targetNotNumber: (p) =>
    `${lead('fr', p.field)}l’objectif ${quote('fr', p.target)} de ${quote('fr', p.name)} (${p.source}) n’est pas un nombre (il ${p.why}${NNBSP}; écrivez-le comme 600, 4,0${NNBSP}% ou 3x)`,
  unknownUnit: (p) =>
    `${lead('fr', p.field)}l’unité ${quote('fr', p.unit)} de ${quote('fr', p.name)} (${p.source}) n’est ni un pourcentage, ni un nombre, ni un montant, ni un ratio`,
  unitMismatch: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.name)} (${p.source}) est ${unit('fr', p.stated)} mais son objectif ${quote('fr', p.target)} est ${unit('fr', p.actual)}`,
  rowNoApprover: (p) => `${lead('fr', p.field)}${p.source}${p.role ? ` (${quote('fr', p.role)})` : ''} ne nomme aucun valideur`,
  mentionUnknown: (p) =>
    `${lead('fr', p.field)}la mention du compte ${p.accountId} (${p.source}) ne désigne personne sur ce site${NNBSP}; elle est gardée telle quelle`,
  nameAmbiguous: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.name)} (${p.source}) correspond à ${p.count}${NNBSP}personnes${NNBSP}; utilisez une @mention`,
  notAPerson: (p) =>
    `${lead('fr', p.field)}${quote('fr', p.text)} (${p.source}) ne désigne personne sur ce site (utilisez une @mention ou le nom complet)`,
  namesNoApprover: (p) => `${lead('fr', p.field)}${p.source} ne nomme aucun valideur`,
};
