/**
 * What a plan says about its money: the budget and the template's cost lines, worded in the plan's language with
 * amounts in the campaign's currency, rounded to its minor unit.
 */
import { LANGUAGE_LOCALE, moneyFormat } from '../format';
import { NNBSP } from '../typography';

/** An amount for a sentence, in the currency's format: `€80,000.00` in English, `80 000,00 €` in French. */
const amountIn = (lang: 'en' | 'fr', amount: number, currency: string): string =>
  moneyFormat(LANGUAGE_LOCALE[lang], currency, {}, 2).format(amount);

export const en = {
  budgetZero:
    'The budget is 0: every cost line, and every KPI target that grows with spend (revenue, pipeline, leads, orders), is 0. Enter the campaign’s budget, or keep 0 if it truly has none.',
  noReferenceBudget: 'The template has no reference budget: its cost lines are taken as shares of their own total.',
  costsOverBudget: (p: { planned: number; budget: number; currency: string }) =>
    `Planned task costs (${amountIn('en', p.planned, p.currency)}) exceed the budget (${amountIn('en', p.budget, p.currency)}).`,
};

export const fr: typeof en = {
  budgetZero: `Le budget est de 0${NNBSP}: chaque ligne de coût, et chaque objectif qui croît avec la dépense (chiffre d’affaires, pipeline, leads, commandes), vaut 0. Saisissez le budget de la campagne, ou gardez 0 si elle n’en a vraiment aucun.`,
  noReferenceBudget: `Le modèle n’a pas de budget de référence${NNBSP}: ses lignes de coût sont prises comme des parts de leur propre total.`,
  costsOverBudget: (p) =>
    `Les coûts prévus des tâches (${amountIn('fr', p.planned, p.currency)}) dépassent le budget (${amountIn('fr', p.budget, p.currency)}).`,
};
