import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/**
 * "Break down goal": why the pattern engine proposes a task (the goal's own words, or a campaign channel by its
 * name), and every word of the modal. Dates reach these entries already in words (`dayInWords`).
 */
export const reasonsEn = {
  /** `words`: the goal's words as the user typed them. */
  keyword: (words: string): string => `the goal says ${quote('en', words)}`,
  /** `channel`: the channel's name in the reader's language. */
  channel: (channel: string): string => `campaign channel ${quote('en', channel)}`,
  generic: 'no channel or deliverable recognised: general steps',
};

export const reasonsFr: typeof reasonsEn = {
  keyword: (words) => `${quote('fr', words)} trouvé dans l’objectif`,
  channel: (channel) => `canal de la campagne ${quote('fr', channel)}`,
  generic: `aucun canal ni livrable reconnu${NNBSP}: étapes générales`,
};

export const en = {
  title: 'Break down goal',
  loading: 'Loading…',
  thinking: 'Proposing tasks…',
  rescheduling: 'Updating the dates…',
  notCampaignTitle: 'Not a campaign epic or milestone',
  notCampaignBody:
    'Break down goal works on the epic or a milestone of a campaign created with Campaign Control. Open one of those and try again.',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  milestone: 'Milestone',
  milestoneHelp: 'The tasks are due before this milestone and block it.',
  milestoneOption: (summary: string, due: string): string => `${summary} (due ${due})`,
  onEpic: (milestone: string, due: string): string =>
    `The tasks join this campaign and are due for the milestone ${quote('en', milestone)} on ${due}.`,
  onMilestone: (milestone: string, due: string): string =>
    `The tasks are due for the milestone ${quote('en', milestone)} on ${due} and block it.`,
  goal: 'Goal',
  goalHelp: 'The issue’s summary and description; edit it to break down something else.',
  engine: 'Suggestions from',
  enginePatterns: 'Task library',
  engineAi: 'AI (Forge LLMs)',
  engineAiOff: 'AI (not available on this site)',
  suggest: 'Suggest tasks',
  tasksHeading: (n: number): string => `Proposed tasks (${n})`,
  noTasks: 'No tasks. Add one or suggest again.',
  colSummary: 'Task',
  colRole: 'Owner role',
  colAssignee: 'Assignee',
  colEstimate: 'Working days',
  colStart: 'Start',
  colDue: 'Due',
  colAfter: 'After',
  colWhy: 'Why',
  colRemove: 'Remove',
  unassigned: 'Unassigned',
  remove: (s: string): string => `Remove ${quote('en', s)}`,
  add: 'Add task',
  newTask: 'New task',
  warnings: 'To check before creating',
  noAssignee: (task: string, role: string): string =>
    `${task}: nobody holds the role ${role} in this project, so it will be created unassigned.`,
  inPast: (task: string): string => `${task}: would start before today.`,
  afterMilestone: (task: string): string => `${task}: is due after the milestone.`,
  startsTooEarly: (task: string, before: string): string => `${task}: starts before ${quote('en', before)} is finished.`,
  notWorkingDay: (task: string): string => `${task}: is due on a day nobody works (weekend or public holiday).`,
  planInPast: 'Some work would start before today: pick a later milestone or shorten the tasks.',
  checkTask: (task: string): string => `${task}: check its dates.`,
  cancel: 'Cancel',
  create: (n: number): string => `Create ${n} ${plural('en', n, { one: 'task', other: 'tasks' })}`,
  creating: (done: number, total: number): string => `Creating… ${done} of ${total} issues`,
  createdTitle: (n: number): string => `${n} ${plural('en', n, { one: 'task', other: 'tasks' })} created`,
  createdBody: (milestone: string): string => `Children of the campaign epic, each blocking ${quote('en', milestone)}.`,
  failedTitle: 'Creation stopped',
  resume: 'Resume (nothing is duplicated)',
  close: 'Close',
  summaryRequired: 'Every task needs a summary.',
};

export type BreakdownWords = typeof en;

export const fr: BreakdownWords = {
  title: 'Découper l’objectif',
  loading: 'Chargement…',
  thinking: 'Proposition des tâches…',
  rescheduling: 'Mise à jour des dates…',
  notCampaignTitle: 'Ni un epic ni un jalon de campagne',
  notCampaignBody:
    'Découper l’objectif fonctionne sur l’epic ou un jalon d’une campagne créée avec Campaign Control. Ouvrez l’un d’eux et réessayez.',
  errorTitle: 'Un problème est survenu',
  retry: 'Réessayer',
  milestone: 'Jalon',
  milestoneHelp: 'Les tâches se terminent avant ce jalon et le bloquent.',
  milestoneOption: (summary, due) => `${summary} (échéance le ${due})`,
  onEpic: (milestone, due) => `Les tâches rejoignent cette campagne et sont dues pour le jalon ${quote('fr', milestone)} le ${due}.`,
  onMilestone: (milestone, due) => `Les tâches sont dues pour le jalon ${quote('fr', milestone)} le ${due} et le bloquent.`,
  goal: 'Objectif',
  goalHelp: `Le résumé et la description du ticket${NNBSP}; modifiez-le pour découper autre chose.`,
  engine: 'Suggestions par',
  enginePatterns: 'Bibliothèque de tâches',
  engineAi: 'IA (Forge LLMs)',
  engineAiOff: 'IA (indisponible sur ce site)',
  suggest: 'Proposer des tâches',
  tasksHeading: (n) => `Tâches proposées (${n})`,
  noTasks: 'Aucune tâche. Ajoutez-en une ou relancez la proposition.',
  colSummary: 'Tâche',
  colRole: 'Rôle',
  colAssignee: 'Responsable',
  colEstimate: 'Jours ouvrés',
  colStart: 'Début',
  colDue: 'Échéance',
  colAfter: 'Après',
  colWhy: 'Pourquoi',
  colRemove: 'Retirer',
  unassigned: 'Non assignée',
  remove: (s) => `Retirer ${quote('fr', s)}`,
  add: 'Ajouter une tâche',
  newTask: 'Nouvelle tâche',
  warnings: 'À vérifier avant de créer',
  noAssignee: (task, role) => `${task}${NNBSP}: personne n’a le rôle ${role} dans ce projet, la tâche sera créée sans responsable.`,
  inPast: (task) => `${task}${NNBSP}: commencerait avant aujourd’hui.`,
  afterMilestone: (task) => `${task}${NNBSP}: échéance après celle du jalon.`,
  startsTooEarly: (task, before) => `${task}${NNBSP}: commence avant la fin de ${quote('fr', before)}.`,
  notWorkingDay: (task) => `${task}${NNBSP}: l’échéance tombe un jour non travaillé (week-end ou jour férié).`,
  planInPast: `Une partie du travail commencerait avant aujourd’hui${NNBSP}: choisissez un jalon plus tardif ou raccourcissez les tâches.`,
  checkTask: (task) => `${task}${NNBSP}: vérifiez ses dates.`,
  cancel: 'Annuler',
  create: (n) => `Créer ${n} ${plural('fr', n, { one: 'tâche', other: 'tâches' })}`,
  creating: (done, total) => `Création… ${done} sur ${total} tickets`,
  createdTitle: (n) => `${n} ${plural('fr', n, { one: 'tâche créée', other: 'tâches créées' })}`,
  createdBody: (milestone) => `Enfants de l’epic de la campagne, chacune bloquant le jalon ${quote('fr', milestone)}.`,
  failedTitle: 'La création s’est arrêtée',
  resume: 'Reprendre (rien n’est dupliqué)',
  close: 'Fermer',
  summaryRequired: 'Chaque tâche doit avoir un résumé.',
};
