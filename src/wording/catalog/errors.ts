/**
 * Resolver refusals, as the envelope's `message` words them. `en` is the source of truth; `fr` has the type of `en`,
 * so a missing key or a parameter of another type fails the type check. The English texts are today's, unchanged.
 */
import { dayInWords, LANGUAGE_LOCALE, moneyFormat } from '../format';
import { NNBSP, quote } from '../typography';

/** A whole amount in its currency's format (`€1,000,000`, `1 000 000 €`). */
const wholeAmount = (lang: 'en' | 'fr', amount: number, currency: string): string =>
  moneyFormat(LANGUAGE_LOCALE[lang], currency, { maximumFractionDigits: 0, minimumFractionDigits: 0 }, 0).format(amount);

const permissionName = (permission: string): string => permission.replace(/_/g, ' ').toLowerCase();

export const en = {
  signInNeeded: 'This action needs a signed-in Jira user.',
  internal: 'Something went wrong on our side. Please try again.',
  payloadTooLarge: (p: { kb: number; limitKb: number }) => `payload: is ${p.kb} KB; the limit is ${p.limitKb} KB`,
  fieldNotAccepted: (p: { field: string }) => `${p.field}: is not an accepted field`,
  /** A schema's own problem text (zod's, English) after the field it names; `field` is empty for the whole payload. */
  fieldInvalid: (p: { field: string; problem: string }) => (p.field ? `${p.field}: ${p.problem}` : p.problem),
  projectKeyRequired: 'projectKey: required when the app is not opened from a project',
  projectNotVisible: (p: { projectKey: string }) => `Project ${p.projectKey} does not exist or you do not have permission to see it.`,
  permissionNeeded: (p: { permission: string; projectKey: string; action: string }) =>
    `You need the ${permissionName(p.permission)} permission in ${p.projectKey} to ${p.action}.`,
  notACampaign: (p: { epicKey: string }) => `epicKey: ${p.epicKey} is not a campaign created with Campaign Control`,
  breakdownMilestoneUnknown: (p: { milestoneKey: string; epicKey: string }) =>
    `milestoneKey: ${p.milestoneKey} is not a milestone of campaign ${p.epicKey}`,
  epicNotVisible: (p: { epicKey: string }) => `epicKey: ${p.epicKey} does not exist or you do not have permission to see it`,
  kpiManagersOnly: (p: { projectKey: string; action: string }) =>
    `Only the campaign's PM and ${p.projectKey} project admins can ${p.action}.`,
  personNotFound: 'accountId: is not a person of this site',
  budgetTooLarge: (p: { field: string; max: number; currency: string }) =>
    `${p.field}: the budget may be at most ${wholeAmount('en', p.max, p.currency)}`,
  selfOrAdminOnly: (p: { projectKey: string; action: string }) => `Only the person and ${p.projectKey} project admins can ${p.action}.`,
  // Leveling changes applied to a created campaign (`applyLevelingProposal`).
  levelingTaskRequired: 'change.rowId: name the task by its rowId or its issueKey',
  levelingNotATask: (p: { field: string; value: string; epicKey: string }) =>
    `${p.field}: ${p.value} is not a task of campaign ${p.epicKey}`,
  levelingRowMismatch: (p: { issueKey: string; rowId: string }) => `change.issueKey: ${p.issueKey} is not the issue of row ${p.rowId}`,
  levelingDoneWork: (p: { field: string; summary: string; issueKey: string }) =>
    `${p.field}: ${quote('en', p.summary)} (${p.issueKey}) is done, and done work is never moved or reassigned`,
  levelingNotInPool: (p: { name: string }) =>
    `change.toAccountId: ${p.name} does no work of this task’s role in any campaign; choose someone who does`,
  levelingBadDate: (p: { field: string; value: string }) => `${p.field}: must be a real date like 2026-11-27, got ${quote('en', p.value)}`,
  levelingDateInPast: (p: { field: string; date: string }) => `${p.field}: ${dayInWords('en', p.date)} is in the past`,
  levelingAfterMilestone: (p: { date: string; milestone: string; milestoneDue: string }) =>
    `change.dueDate: ${dayInWords('en', p.date)} is after ${quote('en', p.milestone)}, due ${dayInWords('en', p.milestoneDue)}: a leveling change never moves a date the campaign promised`,
  levelingRequestReused: (p: { requestId: string }) => `requestId: ${p.requestId} was already used for another change`,
};

/** Jira's French names of the project permissions the app asks for. */
const FR_PERMISSIONS: Record<string, string> = {
  BROWSE_PROJECTS: 'Parcourir les projets',
  ADMINISTER_PROJECTS: 'Administrer les projets',
  CREATE_ISSUES: 'Créer des tickets',
  EDIT_ISSUES: 'Modifier les tickets',
};

/**
 * The actions resolvers name in their refusals (today an English phrase each caller passes); an action not listed
 * here is quoted as it came, so a new caller still gets a sentence.
 */
const FR_ACTIONS: Record<string, string> = {
  'see campaign templates': 'voir les modèles de campagne',
  'copy or edit campaign templates': 'copier ou modifier les modèles de campagne',
  'plan a campaign': 'planifier une campagne',
  'change the default role mapping': 'changer la correspondance des rôles par défaut',
  're-plan this campaign': 'replanifier cette campagne',
  'apply brief changes to this campaign': 'appliquer les changements du brief à cette campagne',
  'see its campaigns': 'voir ses campagnes',
  'import KPI actuals': 'importer les valeurs des indicateurs',
  'see the KPI connector and its secret': 'voir le connecteur d’indicateurs et son secret',
  'rotate the KPI connector secret': 'renouveler le secret du connecteur d’indicateurs',
  'change this person’s capacity': 'modifier la capacité de cette personne',
};
const frAction = (action: string): string => FR_ACTIONS[action] ?? `«\u202f${action}\u202f»`;

export const fr: typeof en = {
  signInNeeded: 'Cette action demande un utilisateur Jira connecté.',
  internal: 'Une erreur s’est produite de notre côté. Veuillez réessayer.',
  payloadTooLarge: (p) => `payload\u202f: ${p.kb}\u202fKo, la limite est de ${p.limitKb}\u202fKo`,
  fieldNotAccepted: (p) => `${p.field}\u202f: ce champ n’est pas accepté`,
  fieldInvalid: (p) => (p.field ? `${p.field}\u202f: ${p.problem}` : p.problem),
  projectKeyRequired: 'projectKey\u202f: obligatoire quand l’application n’est pas ouverte depuis un projet',
  projectNotVisible: (p) => `Le projet ${p.projectKey} n’existe pas ou vous n’avez pas la permission de le voir.`,
  permissionNeeded: (p) =>
    `Il vous faut la permission «\u202f${FR_PERMISSIONS[p.permission] ?? permissionName(p.permission)}\u202f» dans ${p.projectKey} pour ${frAction(p.action)}.`,
  notACampaign: (p) => `epicKey\u202f: ${p.epicKey} n’est pas une campagne créée avec Campaign Control`,
  breakdownMilestoneUnknown: (p) => `milestoneKey\u202f: ${p.milestoneKey} n’est pas un jalon de la campagne ${p.epicKey}`,
  epicNotVisible: (p) => `epicKey\u202f: ${p.epicKey} n’existe pas ou vous n’avez pas la permission de le voir`,
  kpiManagersOnly: (p) =>
    `Seuls le ou la cheffe de projet de la campagne et les administrateurs du projet ${p.projectKey} peuvent ${frAction(p.action)}.`,
  personNotFound: 'accountId\u202f: ce n’est pas une personne de ce site',
  budgetTooLarge: (p) => `${p.field}${NNBSP}: le budget ne peut pas dépasser ${wholeAmount('fr', p.max, p.currency)}`,
  selfOrAdminOnly: (p) => `Seuls la personne concernée et les administrateurs du projet ${p.projectKey} peuvent ${frAction(p.action)}.`,
  levelingTaskRequired: `change.rowId${NNBSP}: désignez la tâche par son rowId ou son issueKey`,
  levelingNotATask: (p) => `${p.field}${NNBSP}: ${p.value} n’est pas une tâche de la campagne ${p.epicKey}`,
  levelingRowMismatch: (p) => `change.issueKey${NNBSP}: ${p.issueKey} n’est pas le ticket de la ligne ${p.rowId}`,
  levelingDoneWork: (p) =>
    `${p.field}${NNBSP}: ${quote('fr', p.summary)} (${p.issueKey}) est terminée, et le travail terminé n’est jamais déplacé ni réattribué`,
  levelingNotInPool: (p) =>
    `change.toAccountId${NNBSP}: ${p.name} ne fait de travail de ce rôle dans aucune campagne${NNBSP}; choisissez une personne qui en fait`,
  levelingBadDate: (p) => `${p.field}${NNBSP}: doit être une vraie date comme 2026-11-27, reçu ${quote('fr', p.value)}`,
  levelingDateInPast: (p) => `${p.field}${NNBSP}: le ${dayInWords('fr', p.date)} est passé`,
  levelingAfterMilestone: (p) =>
    `change.dueDate${NNBSP}: le ${dayInWords('fr', p.date)} est après ${quote('fr', p.milestone)}, dû le ${dayInWords('fr', p.milestoneDue)}${NNBSP}: un changement de lissage ne déplace jamais une date promise par la campagne`,
  levelingRequestReused: (p) => `requestId${NNBSP}: ${p.requestId} a déjà servi pour un autre changement`,
};
