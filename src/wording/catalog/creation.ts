/**
 * What the planner's progress shows of a creation job: refusals of a request, and the problems met while creating
 * (stored on the job as `{code, params}` and worded for the reader when the page reads the job). `en` is the source
 * of truth; `fr` has its type. A `cause` or `detail` parameter is a message of its own, worded first (`nested`).
 */
import { NNBSP } from '../typography';

/** What Jira was busy with when a run stopped. */
type Step = 'epic' | 'issues' | 'links';
const STEP_EN: Record<Step, string> = { epic: 'creating the epic', issues: 'creating issues', links: 'linking issues' };
const STEP_FR: Record<Step, string> = { epic: 'la création de l’epic', issues: 'la création des tickets', links: 'la pose des liens' };

const causeEn = {
  stillBusy: (p: { step: Step }) => `Jira stayed busy while ${STEP_EN[p.step]}; the creation will resume where it stopped.`,
  recordGone: (p: { epicKey: string }) =>
    `The campaign record of ${p.epicKey} is gone; the added issues exist in Jira but the panel will not count them.`,
  unexpected: 'Creation stopped on an unexpected error.',
};
const causeFr: typeof causeEn = {
  stillBusy: (p) => `Jira est resté occupé pendant ${STEP_FR[p.step]}${NNBSP}; la création reprendra là où elle s’est arrêtée.`,
  recordGone: (p) =>
    `La fiche de campagne de ${p.epicKey} a disparu${NNBSP}; les tickets ajoutés existent dans Jira mais le panneau ne les comptera pas.`,
  unexpected: 'La création s’est arrêtée sur une erreur inattendue.',
};

export const en = {
  ...causeEn,
  requestIdTaken: 'requestId: is already used by another creation; send a new one',
  requestIdOtherPlan: 'requestId: was already used for a different plan; send a new requestId to create this one',
  notStarted: 'The creation could not be started; press Create again (nothing will be duplicated).',
  resuming: (p: { cause: string }) => `${p.cause} Resuming shortly.`,
  pressCreate: (p: { cause: string }) => `${p.cause} Press Create again to resume: nothing will be duplicated.`,
  linkFailed: (p: { from: string; to: string; detail: string }) => `issuelinks: could not link ${p.from} to ${p.to}: ${p.detail}`,
  briefLinkFailed: (p: { epicKey: string; detail: string }) => `remotelink: could not link the brief to ${p.epicKey}: ${p.detail}`,
  fieldMissing: (p: { field: string }) =>
    `${p.field}: the app's custom field is not installed on this site; issues were created without it.`,
  jiraRefused: (p: { status: string }) => `Jira refused this issue (status ${p.status}).`,
  /** The relationship Jira shows on the epic's link to its Confluence brief. */
  briefRelationship: 'Campaign brief',
  briefMacroFailed: (p: { pageId: string; detail: string }) =>
    `briefMacro: the campaign status could not be added to the brief page ${p.pageId} (the page is unchanged): ${p.detail}`,
  briefMacroGone: (p: { pageId: string }) =>
    `briefMacro: the brief page ${p.pageId} is gone or you may no longer see it; the campaign status was not added.`,
  briefMacroVersion: (p: { epicKey: string }) => `Campaign Control: live status of the campaign ${p.epicKey}`,
  briefMacroConflict: (p: { pageId: string }) =>
    `briefMacro: the brief page ${p.pageId} was being edited by someone else; the campaign status was not added (the page is unchanged). Add the macro by hand, or paste the epic's link in the page.`,
  jobUnknown: (p: { jobId: string }) => `jobId: no creation job ${p.jobId}`,
};

export const fr: typeof en = {
  ...causeFr,
  requestIdTaken: `requestId${NNBSP}: déjà utilisé par une autre création${NNBSP}; envoyez-en un nouveau`,
  requestIdOtherPlan: `requestId${NNBSP}: déjà utilisé pour un autre plan${NNBSP}; envoyez un nouveau requestId pour créer celui-ci`,
  notStarted: 'La création n’a pas pu démarrer. Appuyez de nouveau sur Créer (rien ne sera créé en double).',
  resuming: (p) => `${p.cause} Reprise dans un instant.`,
  pressCreate: (p) => `${p.cause} Appuyez de nouveau sur Créer pour reprendre${NNBSP}: rien ne sera créé en double.`,
  linkFailed: (p) => `issuelinks${NNBSP}: impossible de lier ${p.from} à ${p.to}${NNBSP}: ${p.detail}`,
  briefLinkFailed: (p) => `remotelink${NNBSP}: impossible de lier le brief à ${p.epicKey}${NNBSP}: ${p.detail}`,
  fieldMissing: (p) =>
    `${p.field}${NNBSP}: le champ personnalisé de l’application n’est pas installé sur ce site${NNBSP}; les tickets ont été créés sans lui.`,
  jiraRefused: (p) => `Jira a refusé ce ticket (statut ${p.status}).`,
  briefRelationship: 'Brief de campagne',
  briefMacroFailed: (p) =>
    `briefMacro${NNBSP}: le statut de la campagne n’a pas pu être ajouté à la page de brief ${p.pageId} (la page est inchangée)${NNBSP}: ${p.detail}`,
  briefMacroGone: (p) =>
    `briefMacro${NNBSP}: la page de brief ${p.pageId} a disparu ou vous ne pouvez plus la voir${NNBSP}; le statut de la campagne n’a pas été ajouté.`,
  briefMacroVersion: (p) => `Campaign Control${NNBSP}: statut en direct de la campagne ${p.epicKey}`,
  briefMacroConflict: (p) =>
    `briefMacro${NNBSP}: la page de brief ${p.pageId} était modifiée par quelqu’un d’autre${NNBSP}; le statut de la campagne n’a pas été ajouté (la page est inchangée). Ajoutez la macro à la main, ou collez le lien de l’epic dans la page.`,
  jobUnknown: (p) => `jobId${NNBSP}: aucune tâche de création ${p.jobId}`,
};
