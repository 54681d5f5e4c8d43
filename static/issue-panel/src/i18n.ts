import { pickLanguage } from '../../kit/locale';
import { signOffStringsFor, type SignOffStrings } from './signoff-strings';
import { sharedLabels, type SharedLabels } from '../../../src/wording/catalog/labels';
import * as costCategories from '../../../src/wording/catalog/cost-categories';
import type { GateStatus } from './types';
import { elide, NNBSP } from '../../../src/wording/typography';

type Decision = NonNullable<GateStatus['approvers'][number]['decision']>;

/** The words of `Strings` that take no argument, one string each (in groups that keep lines short). */
type PanelLabelA = 'title' | 'refresh' | 'refreshing' | 'refreshed' | 'loading' | 'errorTitle' | 'retry';
type PanelLabelB = 'noAccessTitle' | 'noAccessBody' | 'emptyTitle' | 'emptyBody' | 'openPlanner' | 'launch';
type PanelLabelC = 'budgetLabel' | 'chartTitle' | 'showChartData' | 'spentShare' | 'noMilestones' | 'noDueDate';
type PanelLabelD = 'workLeftColumn' | 'workLeftLegend' | 'overdueDependencies' | 'lateGates';
type PanelLabelE = 'nothingLeft' | 'noGates' | 'approver' | 'decision' | 'pending' | 'noDecisionYet' | 'noApprovers';
type PanelLabelF = 'channelSpend' | 'channelCol' | 'campaign' | 'thisMilestone' | 'thisGate' | 'noOwnMilestone';
type PanelLabelG = 'noOwnGate' | 'readOnly' | 'forecastPending';

/** The panel's words; the labels it shares with the status report come from the wording module. */
export interface Strings
  extends SharedLabels, Record<PanelLabelA | PanelLabelB | PanelLabelC | PanelLabelD | PanelLabelE | PanelLabelF | PanelLabelG, string> {
  lang: 'en' | 'fr';
  refreshedDescription: (name: string) => string;
  issues: (n: number) => string;
  dataAsOf: (when: string) => string;
  forecastNote: Record<'no_spend_yet' | 'no_completed_work' | 'too_little_data', string>;
  alert80: (spent: string) => string;
  alert100: (spent: string) => string;
  chartLabel: (planned: string, actual: string, forecast: string) => string;
  categories: typeof costCategories.en;
  openTasks: (n: number) => string;
  workVsDays: (work: string, days: string) => string;
  workAgainstDays: (work: string, days: string) => string;
  businessDays: (n: number) => string;
  daysLate: (n: number) => string;
  basis: (history: boolean, trials: string) => string;
  quorum: (q: GateStatus['quorum'], total: number) => string;
  decisions: Record<Decision, string>;
  pendingList: (names: string) => string;
  lateBy: (n: number) => string;
  /** An approver's row when a delegate decided for them. */
  decidedByDelegate: (name: string) => string;
  /** Deciding, delegating and the record. */
  so: SignOffStrings;
  /** Pace to target: "0.8× pace · 2,400 projected · 110/day needed". */
  kpiPaceDetail: (ratio: string | null, projected: string | null, needed: string | null) => string;
  kpiMeasured: (points: number, sources: string) => string;
  supersededNote: (amount: string) => string;
}

const plural = (n: number, one: string, other: string): string => (Math.abs(n) === 1 ? one : other);

const en: Strings = {
  ...sharedLabels('en'),
  lang: 'en',
  title: 'Campaign Control',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshed: 'Campaign data refreshed',
  refreshedDescription: (name) => `${name} is up to date.`,
  loading: 'Loading campaign data…',
  errorTitle: 'We couldn’t load this campaign',
  retry: 'Try again',
  noAccessTitle: 'You can’t see this campaign',
  noAccessBody: 'Ask the campaign’s project admin for access to its project.',
  emptyTitle: 'This issue is not part of a campaign',
  emptyBody: 'Campaigns are planned from a template and created in Jira as an epic with its milestones, tasks and sign-offs.',
  openPlanner: 'Open the campaign planner',
  launch: 'Launch',
  budgetLabel: 'Budget',
  issues: (n) => `${n} ${plural(n, 'issue', 'issues')}`,
  dataAsOf: (when) => `Data as of ${when}`,
  forecastNote: {
    no_spend_yet: 'No estimate yet: nothing has been spent.',
    no_completed_work: 'No estimate yet: no planned work is done, so there is no spending pace to project from.',
    too_little_data: 'No estimate yet: too little work is done to estimate a reliable final cost.',
  },
  alert80: (spent) => `Spend has reached ${spent} of the budget (alert at 80%).`,
  alert100: (spent) => `Spend is over budget: ${spent} of the budget.`,
  chartTitle: 'Cumulative spend',
  chartLabel: (planned, actual, forecast) =>
    `Cumulative spend chart: planned ${planned}, actual ${actual}, forecast ${forecast} at the campaign’s end.`,
  showChartData: 'Chart data as a table',
  categories: costCategories.en,
  spentShare: 'Share spent',
  noMilestones: 'This campaign has no milestones.',
  noDueDate: 'No due date',
  openTasks: (n) => `${n} open ${plural(n, 'task', 'tasks')}`,
  workVsDays: (work, days) => `${work} of work left, ${days} left`,
  workLeftColumn: 'Work left / days left',
  workAgainstDays: (work, days) => `${work} d / ${days} d`,
  workLeftLegend: 'Work and days left are in business days.',
  businessDays: (n) => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n)} business ${plural(n, 'day', 'days')}`,
  daysLate: (n) => `${n} business ${plural(n, 'day', 'days')} late`,
  basis: (history, trials) =>
    `${trials} simulations from ${history ? 'the team’s throughput history' : 'the plan’s estimates (no history yet)'}`,
  overdueDependencies: 'Overdue dependencies',
  lateGates: 'Late sign-offs',
  nothingLeft: 'Nothing left to do',
  forecastPending: 'Forecast being computed…',
  noGates: 'This campaign has no sign-off gates.',
  quorum: (q, total) =>
    q.kind === 'all'
      ? total === 1
        ? 'Their approval is required'
        : `All ${total} must approve`
      : q.kind === 'any'
        ? 'Any one approver'
        : q.kind === 'count'
          ? `${Math.min(q.n, total)} of ${total} must approve`
          : `${q.percent}% of approvers`,
  approver: 'Approver',
  decision: 'Decision',
  decisions: { approved: 'Approved', declined: 'Declined', changes_requested: 'Changes requested' },
  pending: 'Pending',
  noDecisionYet: 'No decision yet',
  noApprovers: 'No approver is assigned to this sign-off yet.',
  pendingList: (names) => `Waiting for ${names}`,
  lateBy: (n) => `Late by ${n} business ${plural(n, 'day', 'days')}`,
  decidedByDelegate: (name) => `decided by ${name}, delegate`,
  so: signOffStringsFor('en'),
  kpiPaceDetail: (r, p, n) => [r && `${r} of pace`, p && `${p} projected`, n && `${n}/day needed`].filter(Boolean).join(' · '),
  kpiMeasured: (n, sources) => `${n} ${plural(n, 'value', 'values')} from ${sources}`,
  channelSpend: 'Spend imported per channel',
  channelCol: 'Channel',
  supersededNote: (amount) => `Imported spend replaces ${amount} of actual costs entered on issues in the same categories.`,
  campaign: 'Campaign',
  thisMilestone: 'This issue’s milestone',
  thisGate: 'Its sign-off',
  noOwnMilestone: 'This issue is not under a milestone.',
  noOwnGate: 'No sign-off guards this issue’s milestone.',
  readOnly: 'Read only: you can follow this campaign, not change it.',
};

const fr: Strings = {
  ...sharedLabels('fr'),
  lang: 'fr',
  title: 'Campaign Control',
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  refreshed: 'Données de campagne actualisées',
  refreshedDescription: (name) => `${name} est à jour.`,
  loading: 'Chargement de la campagne…',
  errorTitle: 'Impossible de charger cette campagne',
  retry: 'Réessayer',
  noAccessTitle: 'Vous n’avez pas accès à cette campagne',
  noAccessBody: 'Demandez l’accès à son projet à l’administrateur du projet.',
  emptyTitle: 'Ce ticket ne fait partie d’aucune campagne',
  emptyBody: `Une campagne se planifie à partir d’un modèle et se crée dans Jira${NNBSP}: un epic, ses jalons, ses tâches et ses validations.`,
  openPlanner: 'Ouvrir le planificateur de campagnes',
  launch: 'Lancement',
  budgetLabel: 'Budget',
  issues: (n) => `${n} ${plural(n, 'ticket', 'tickets')}`,
  dataAsOf: (when) => `Données du ${when}`,
  forecastNote: {
    no_spend_yet: `Pas encore d’estimation${NNBSP}: rien n’a été dépensé.`,
    no_completed_work: `Pas encore d’estimation${NNBSP}: aucun travail prévu n’est terminé, le rythme des dépenses est encore inconnu.`,
    too_little_data: `Pas encore d’estimation${NNBSP}: trop peu de travail terminé pour estimer un coût final fiable.`,
  },
  alert80: (spent) => `Les dépenses atteignent ${spent} du budget (alerte à 80${NNBSP}%).`,
  alert100: (spent) => `Budget dépassé${NNBSP}: ${spent} du budget dépensé.`,
  chartTitle: 'Dépenses cumulées',
  chartLabel: (planned, actual, forecast) =>
    `Graphique des dépenses cumulées${NNBSP}: prévu ${planned}, réel ${actual}, prévision ${forecast} à la fin de la campagne.`,
  showChartData: 'Données du graphique en tableau',
  categories: costCategories.fr,
  spentShare: 'Part dépensée',
  noMilestones: 'Cette campagne n’a pas de jalon.',
  noDueDate: 'Sans échéance',
  openTasks: (n) => `${n} ${plural(n, 'tâche ouverte', 'tâches ouvertes')}`,
  workVsDays: (work, days) => `${work} de travail restant, ${days} disponibles`,
  workLeftColumn: 'Travail / jours restants',
  workAgainstDays: (work, days) => `${work} j / ${days} j`,
  workLeftLegend: 'Travail et jours restants en jours ouvrés.',
  businessDays: (n) =>
    `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n)} ${Math.abs(n) < 2 ? 'jour ouvré' : 'jours ouvrés'}`,
  daysLate: (n) => `${n} ${n < 2 ? 'jour ouvré' : 'jours ouvrés'} de retard`,
  basis: (history, trials) =>
    `${trials} simulations d’après ${history ? 'le débit historique de l’équipe' : 'les estimations du plan (pas encore d’historique)'}`,
  overdueDependencies: 'Dépendances en retard',
  lateGates: 'Validations en retard',
  nothingLeft: 'Plus rien à faire',
  forecastPending: 'Prévision en cours de calcul…',
  noGates: 'Cette campagne n’a pas de validation.',
  quorum: (q, total) =>
    q.kind === 'all'
      ? total === 1
        ? 'Son approbation est requise'
        : `Les ${total} doivent approuver`
      : q.kind === 'any'
        ? 'Un seul valideur suffit'
        : q.kind === 'count'
          ? `${Math.min(q.n, total)} sur ${total} ${plural(Math.min(q.n, total), 'doit', 'doivent')} approuver`
          : `${q.percent}${NNBSP}% des valideurs`,
  approver: 'Valideur',
  decision: 'Décision',
  decisions: { approved: 'Approuvé', declined: 'Refusé', changes_requested: 'Modifications demandées' },
  pending: 'En attente',
  noDecisionYet: 'Pas encore de décision',
  noApprovers: 'Aucun valideur n’est encore désigné pour cette validation.',
  pendingList: (names) => `En attente ${elide('de', names)}`,
  lateBy: (n) => `${n} ${n < 2 ? 'jour ouvré' : 'jours ouvrés'} de retard`,
  decidedByDelegate: (name) => `décidé par ${name}, délégué·e`,
  so: signOffStringsFor('fr'),
  kpiPaceDetail: (r, p, n) => [r && `${r} du rythme`, p && `${p} en projection`, n && `${n}/jour nécessaires`].filter(Boolean).join(' · '),
  kpiMeasured: (n, sources) => `${n} ${n < 2 ? 'valeur' : 'valeurs'} de ${sources}`,
  channelSpend: 'Dépenses importées par canal',
  channelCol: 'Canal',
  supersededNote: (amount) => `Les dépenses importées remplacent ${amount} de coûts réels saisis sur les tickets des mêmes catégories.`,
  campaign: 'Campagne',
  thisMilestone: 'Jalon de ce ticket',
  thisGate: 'Sa validation',
  noOwnMilestone: 'Ce ticket ne dépend d’aucun jalon.',
  noOwnGate: 'Aucune validation ne garde le jalon de ce ticket.',
  readOnly: 'Lecture seule\u202f: vous pouvez suivre cette campagne, pas la modifier.',
};

export const stringsFor = (locale: string | null | undefined): Strings => pickLanguage({ en, fr }, locale);
