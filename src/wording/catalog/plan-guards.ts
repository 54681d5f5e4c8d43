/** The planner's words around the guards before creation: errors and warnings, the earliest launch, the confirmation. */
import { dayInWords } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

const businessDays = (lang: Language, n: number): string =>
  lang === 'fr'
    ? `${n} ${plural('fr', n, { one: 'jour ouvré', other: 'jours ouvrés' })}`
    : `${n} business ${plural('en', n, { one: 'day', other: 'days' })}`;

export const en = {
  counts: (p: { errors: number; warnings: number }) =>
    `${p.errors} ${plural('en', p.errors, { one: 'error', other: 'errors' })} (the plan cannot work as it is), ${p.warnings} ${plural('en', p.warnings, { one: 'warning', other: 'warnings' })}`,
  errorLabel: 'Error',
  earliestTitle: 'Earliest feasible launch',
  earliestLater: (p: { date: string; days: number; moves: number }) =>
    `The plan fits with a launch on ${dayInWords('en', p.date)}, ${businessDays('en', p.days)} later: ${p.moves} ${plural('en', p.moves, { one: 'date moves', other: 'dates move' })}.`,
  earliestEarlier: (p: { date: string }) => `The plan would fit with a launch as early as ${dayInWords('en', p.date)}.`,
  earliestApply: 'Launch on this date',
  earliestMovesTitle: 'Dates that would move',
  earliestMove: (p: { summary: string; from: string; to: string }) =>
    `${quote('en', p.summary)}: ${dayInWords('en', p.from)} → ${dayInWords('en', p.to)}`,
  confirmTitle: (p: { errors: number }) => `This plan has ${p.errors} ${plural('en', p.errors, { one: 'error', other: 'errors' })}`,
  confirmBody: 'As it is, the plan cannot work. Create it anyway only if you will fix these problems in Jira:',
  confirmCreate: 'Create anyway',
  confirmCancel: 'Back to the plan',
};

export const fr: typeof en = {
  counts: (p) =>
    `${p.errors} ${plural('fr', p.errors, { one: 'erreur', other: 'erreurs' })} (le plan ne peut pas fonctionner tel quel), ${p.warnings} ${plural('fr', p.warnings, { one: 'avertissement', other: 'avertissements' })}`,
  errorLabel: 'Erreur',
  earliestTitle: 'Lancement au plus tôt',
  earliestLater: (p) =>
    `Le plan tient avec un lancement le ${dayInWords('fr', p.date)}, ${businessDays('fr', p.days)} plus tard${NNBSP}: ${p.moves} ${plural('fr', p.moves, { one: 'date change', other: 'dates changent' })}.`,
  earliestEarlier: (p) => `Le plan tiendrait avec un lancement dès le ${dayInWords('fr', p.date)}.`,
  earliestApply: 'Lancer à cette date',
  earliestMovesTitle: 'Dates qui changeraient',
  earliestMove: (p) => `${quote('fr', p.summary)}${NNBSP}: du ${dayInWords('fr', p.from)} au ${dayInWords('fr', p.to)}`,
  confirmTitle: (p) => `Ce plan a ${p.errors} ${plural('fr', p.errors, { one: 'erreur', other: 'erreurs' })}`,
  confirmBody: `Tel quel, le plan ne peut pas fonctionner. Ne le créez malgré tout que si vous corrigerez ces problèmes dans Jira${NNBSP}:`,
  confirmCreate: 'Créer malgré tout',
  confirmCancel: 'Revenir au plan',
};

export const guardWords = (lang: Language): typeof en => (lang === 'fr' ? fr : en);
