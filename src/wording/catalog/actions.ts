import type { Language } from '../locale';

/**
 * The words around actions a person may not take (issue 15, "actions that know the user"): the planner and the
 * breakdown modal show the policy's reason (worded on the server, `errors.*`) under these titles instead of a button
 * that would fail after the click.
 */
export const en = {
  /** The planner's "Plan" tab for someone who may not plan here (a read-only viewer). */
  planRefusedTitle: 'You can look at the templates, but not plan a campaign in this project',
  planRefusedAsk: 'A project administrator can grant it; reload the page afterwards.',
  templatesHeading: 'Campaign templates',
  /** The campaigns tab when the person may not change the campaigns (re-plan, take brief values). */
  campaignsReadOnly: 'You can look at these campaigns and compare them with their briefs, but not change them.',
  /** The re-plan button for someone who may only look at what a new date would do (nothing is applied). */
  simulate: 'Try a date',
  simulateOf: (name: string): string => `Try a new launch date for ${name} (nothing is changed)`,
  simulateHeading: (name: string): string => `Try a new launch date for “${name}”`,
  /** The re-plan and brief panels when applying is refused. */
  applyRefusedTitle: 'You cannot apply these changes',
  /** The "Break down goal" modal for someone who may not create issues in the project. */
  breakdownRefusedTitle: 'You cannot create tasks here',
  breakdownRefusedAsk: 'A project administrator can grant it; open “Break down goal” again afterwards.',
};

export type ActionWords = typeof en;

export const fr: ActionWords = {
  planRefusedTitle: 'Vous pouvez consulter les modèles, mais pas planifier de campagne dans ce projet',
  planRefusedAsk: 'Un administrateur du projet peut vous la donner\u202f; rechargez ensuite la page.',
  templatesHeading: 'Modèles de campagne',
  campaignsReadOnly: 'Vous pouvez consulter ces campagnes et les comparer avec leur brief, mais pas les modifier.',
  simulate: 'Essayer une date',
  simulateOf: (name) => `Essayer une nouvelle date de lancement pour ${name} (rien n’est modifié)`,
  simulateHeading: (name) => `Essayer une nouvelle date de lancement pour «\u202f${name}\u202f»`,
  applyRefusedTitle: 'Vous ne pouvez pas appliquer ces changements',
  breakdownRefusedTitle: 'Vous ne pouvez pas créer de tâches ici',
  breakdownRefusedAsk: 'Un administrateur du projet peut vous la donner\u202f; rouvrez ensuite «\u202fDécouper l’objectif\u202f».',
};

export const actionWords = (lang: Language): ActionWords => (lang === 'fr' ? fr : en);
