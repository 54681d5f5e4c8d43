import type { GateStatus, Health } from '../../contracts/campaign-panel';
import type { ReportLanguage } from './language';

export type ReportKind = 'status' | 'post-campaign';
type Decision = NonNullable<GateStatus['approvers'][number]['decision']>;

/** Every word of the report, in English and French (numbers and dates come formatted). */
export interface ReportStrings {
  title: Record<ReportKind, string>;
  intro: (name: string, epicKey: string, launch: string, budget: string) => string;
  generated: (when: string, dataAsOf: string) => string;
  health: string;
  healthState: Record<Health, string>;
  nothingToReport: string;
  budget: string;
  planned: string;
  committed: string;
  actual: string;
  remaining: string;
  earnedValue: string;
  cpi: string;
  forecast: string;
  forecastNote: Record<'no_spend_yet' | 'no_completed_work' | 'too_little_data', string>;
  workDone: string;
  spent: string;
  chartTitle: string;
  chartNote: string;
  date: string;
  seriesPlanned: string;
  seriesActual: string;
  seriesForecast: string;
  byCategory: string;
  byMilestone: string;
  category: string;
  categories: Record<string, string>;
  milestone: string;
  variance: string;
  deadlines: string;
  noMilestones: string;
  due: string;
  status: string;
  risk: string;
  done: string;
  open: string;
  openTasks: string;
  workLeft: string;
  daysLeft: string;
  p50: string;
  p85: string;
  forecastLegend: string;
  overdueDependency: (key: string, summary: string, due: string) => string;
  lateGate: (gate: string, due: string) => string;
  signOff: string;
  noGates: string;
  gate: string;
  gateState: Record<GateStatus['state'], string>;
  decisions: Record<Decision, string>;
  approvers: string;
  pending: string;
  lateBy: (n: number) => string;
  timeliness: string;
  onTime: string;
  noDecisionYet: string;
  kpis: string;
  noKpis: string;
  kpi: string;
  kpiActual: string;
  target: string;
  expectedByNow: string;
  pace: string;
  onPace: string;
  behindPace: string;
  outsideWindow: string;
  notMeasured: string;
  summary: string;
  summaryLine: (met: number, total: number, spent: string, budget: string, slipped: number) => string;
  result: string;
  results: Record<'met' | 'missed' | 'not_measured', string>;
  difference: string;
  spendVsBudget: string;
  slipped: string;
  nothingSlipped: string;
  finished: string;
  notFinished: string;
  businessDaysLate: string;
  why: string;
  noCauseFound: string;
  cause: {
    taskLate: (key: string, summary: string, days: number, finished: string | null) => string;
    gateLate: (gate: string, days: number) => string;
    signoff: (gate: string, decision: 'decline' | 'request_changes', by: string, on: string, reason: string | null) => string;
  };
}

const plural = (n: number, one: string, other: string): string => (Math.abs(n) === 1 ? one : other);

const en: ReportStrings = {
  title: { status: 'Status report', 'post-campaign': 'Post-campaign report' },
  intro: (name, key, launch, budget) => `Campaign ${name} (${key}): launch on ${launch}, budget ${budget}.`,
  generated: (when, asOf) => `Published by Campaign Control on ${when}, from Jira data as of ${asOf}. Each update adds a version to this page’s history.`,
  health: 'Health',
  healthState: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
  nothingToReport: 'Nothing needs attention: dates, sign-offs and spend are in line with the plan.',
  budget: 'Budget burn',
  planned: 'Planned budget',
  committed: 'Committed',
  actual: 'Actual spend',
  remaining: 'Remaining',
  earnedValue: 'Earned value',
  cpi: 'Cost performance index',
  forecast: 'Forecast at completion',
  forecastNote: {
    no_spend_yet: 'No forecast yet: nothing has been spent.',
    no_completed_work: 'No forecast yet: no planned work is done.',
    too_little_data: 'No forecast yet: too little work is done to project a reliable cost.',
  },
  workDone: 'Work done',
  spent: 'Budget spent',
  chartTitle: 'Cumulative spend (chart data)',
  chartNote: 'The panel’s cumulative spend chart, as a table.',
  date: 'Date',
  seriesPlanned: 'Planned',
  seriesActual: 'Actual',
  seriesForecast: 'Forecast',
  byCategory: 'Spend by category',
  byMilestone: 'Spend by milestone',
  category: 'Category',
  categories: { media: 'Media', production: 'Production', agency: 'Agency', tooling: 'Tooling', event: 'Event', uncategorized: 'Uncategorized' },
  milestone: 'Milestone',
  variance: 'Variance',
  deadlines: 'Deadline risk',
  noMilestones: 'This campaign has no milestones.',
  due: 'Due',
  status: 'Status',
  risk: 'Risk',
  done: 'Done',
  open: 'Open',
  openTasks: 'Open tasks',
  workLeft: 'Work left (business days)',
  daysLeft: 'Business days left',
  p50: 'P50',
  p85: 'P85',
  forecastLegend: 'P50 · P85: the milestone is done by that date in 50% · 85% of the simulations.',
  overdueDependency: (key, summary, due) => `Overdue: ${key} ${summary} (due ${due})`,
  lateGate: (gate, due) => `Late sign-off: ${gate} (due ${due})`,
  signOff: 'Sign-off status',
  noGates: 'This campaign has no sign-off gates.',
  gate: 'Sign-off',
  gateState: { waiting: 'Waiting', open: 'Open', approved: 'Approved', declined: 'Declined', changes_requested: 'Changes requested' },
  decisions: { approved: 'approved', declined: 'declined', changes_requested: 'requested changes' },
  approvers: 'Approvers',
  pending: 'Pending',
  lateBy: (n) => `${n} business ${plural(n, 'day', 'days')} late`,
  onTime: 'On time',
  timeliness: 'Timeliness',
  noDecisionYet: 'no decision yet',
  kpis: 'KPIs',
  noKpis: 'This campaign has no KPI targets.',
  kpi: 'KPI',
  kpiActual: 'Actual',
  target: 'Target',
  expectedByNow: 'Expected by now',
  pace: 'Pace',
  onPace: 'On pace',
  behindPace: 'Behind pace',
  outsideWindow: 'Not in its window',
  notMeasured: 'Not measured yet',
  summary: 'Summary',
  summaryLine: (met, total, spent, budget, slipped) =>
    `${met} of ${total} ${plural(total, 'KPI target', 'KPI targets')} met; ${spent} spent against a budget of ${budget}; ${slipped} ${plural(slipped, 'milestone', 'milestones')} slipped.`,
  result: 'Result',
  results: { met: 'Met', missed: 'Missed', not_measured: 'Not measured' },
  difference: 'Difference',
  spendVsBudget: 'Spend against budget',
  slipped: 'What slipped and why',
  nothingSlipped: 'Every milestone finished on or before its due date.',
  finished: 'Finished',
  notFinished: 'Not finished',
  businessDaysLate: 'Business days late',
  why: 'Why',
  noCauseFound: 'No late task or sign-off explains it in the data.',
  cause: {
    taskLate: (key, summary, days, finished) =>
      `${key} ${summary}: ${finished ? `finished on ${finished}` : 'not finished'}, ${days} business ${plural(days, 'day', 'days')} after its due date`,
    gateLate: (gate, days) => `Sign-off ${gate} was ${days} business ${plural(days, 'day', 'days')} late`,
    signoff: (gate, decision, by, on, reason) => `${by} ${decision === 'decline' ? 'declined' : 'requested changes to'} sign-off ${gate} on ${on}${reason ? `: “${reason}”` : ''}`,
  },
};

const fr: ReportStrings = {
  title: { status: 'Rapport de statut', 'post-campaign': 'Bilan de campagne' },
  intro: (name, key, launch, budget) => `Campagne ${name} (${key}) : lancement le ${launch}, budget ${budget}.`,
  generated: (when, asOf) => `Publié par Campaign Control le ${when}, d’après les données Jira du ${asOf}. Chaque mise à jour ajoute une version à l’historique de cette page.`,
  health: 'Santé',
  healthState: { on_track: 'En bonne voie', at_risk: 'À risque', off_track: 'En dérive' },
  nothingToReport: 'Rien à signaler : dates, validations et dépenses sont conformes au plan.',
  budget: 'Consommation du budget',
  planned: 'Budget prévu',
  committed: 'Engagé',
  actual: 'Dépensé',
  remaining: 'Restant',
  earnedValue: 'Valeur acquise',
  cpi: 'Indice de performance des coûts',
  forecast: 'Prévision à terminaison',
  forecastNote: {
    no_spend_yet: 'Pas encore de prévision : rien n’a été dépensé.',
    no_completed_work: 'Pas encore de prévision : aucun travail prévu n’est terminé.',
    too_little_data: 'Pas encore de prévision : trop peu de travail est terminé pour projeter un coût fiable.',
  },
  workDone: 'Travail terminé',
  spent: 'Budget dépensé',
  chartTitle: 'Dépenses cumulées (données du graphique)',
  chartNote: 'Le graphique des dépenses cumulées du panneau, sous forme de tableau.',
  date: 'Date',
  seriesPlanned: 'Prévu',
  seriesActual: 'Réel',
  seriesForecast: 'Prévision',
  byCategory: 'Dépenses par catégorie',
  byMilestone: 'Dépenses par jalon',
  category: 'Catégorie',
  categories: { media: 'Médias', production: 'Production', agency: 'Agence', tooling: 'Outils', event: 'Événementiel', uncategorized: 'Sans catégorie' },
  milestone: 'Jalon',
  variance: 'Écart',
  deadlines: 'Risque sur les échéances',
  noMilestones: 'Cette campagne n’a pas de jalons.',
  due: 'Échéance',
  status: 'Statut',
  risk: 'Risque',
  done: 'Terminé',
  open: 'En cours',
  openTasks: 'Tâches ouvertes',
  workLeft: 'Travail restant (jours ouvrés)',
  daysLeft: 'Jours ouvrés restants',
  p50: 'P50',
  p85: 'P85',
  forecastLegend: 'P50 · P85 : le jalon est terminé à cette date dans 50 % · 85 % des simulations.',
  overdueDependency: (key, summary, due) => `En retard : ${key} ${summary} (échéance le ${due})`,
  lateGate: (gate, due) => `Validation en retard : ${gate} (échéance le ${due})`,
  signOff: 'Validations',
  noGates: 'Cette campagne n’a pas d’étape de validation.',
  gate: 'Validation',
  gateState: { waiting: 'En attente', open: 'Ouverte', approved: 'Approuvée', declined: 'Refusée', changes_requested: 'Modifications demandées' },
  decisions: { approved: 'a approuvé', declined: 'a refusé', changes_requested: 'a demandé des modifications' },
  approvers: 'Approbateurs',
  pending: 'En attente de',
  lateBy: (n) => `${n} ${plural(n, 'jour ouvré', 'jours ouvrés')} de retard`,
  onTime: 'Dans les temps',
  timeliness: 'Délai',
  noDecisionYet: 'pas encore de décision',
  kpis: 'Indicateurs clés',
  noKpis: 'Cette campagne n’a pas d’objectifs d’indicateurs.',
  kpi: 'Indicateur',
  kpiActual: 'Réel',
  target: 'Objectif',
  expectedByNow: 'Attendu à ce jour',
  pace: 'Rythme',
  onPace: 'Dans le rythme',
  behindPace: 'En retard sur le rythme',
  outsideWindow: 'Hors de sa période',
  notMeasured: 'Pas encore mesuré',
  summary: 'Synthèse',
  summaryLine: (met, total, spent, budget, slipped) =>
    `${met} ${plural(met, 'objectif atteint', 'objectifs atteints')} sur ${total} ; ${spent} dépensés pour un budget de ${budget} ; ${slipped} ${plural(slipped, 'jalon a glissé', 'jalons ont glissé')}.`,
  result: 'Résultat',
  results: { met: 'Atteint', missed: 'Manqué', not_measured: 'Non mesuré' },
  difference: 'Écart',
  spendVsBudget: 'Dépenses et budget',
  slipped: 'Ce qui a glissé et pourquoi',
  nothingSlipped: 'Tous les jalons ont été terminés à leur échéance ou avant.',
  finished: 'Terminé le',
  notFinished: 'Non terminé',
  businessDaysLate: 'Jours ouvrés de retard',
  why: 'Pourquoi',
  noCauseFound: 'Aucune tâche ni validation en retard ne l’explique dans les données.',
  cause: {
    taskLate: (key, summary, days, finished) =>
      `${key} ${summary} : ${finished ? `terminée le ${finished}` : 'non terminée'}, ${days} ${plural(days, 'jour ouvré', 'jours ouvrés')} après son échéance`,
    gateLate: (gate, days) => `La validation ${gate} a eu ${days} ${plural(days, 'jour ouvré', 'jours ouvrés')} de retard`,
    signoff: (gate, decision, by, on, reason) =>
      `${by} ${decision === 'decline' ? 'a refusé' : 'a demandé des modifications sur'} la validation ${gate} le ${on}${reason ? ` : « ${reason} »` : ''}`,
  },
};

export const reportStrings = (lang: ReportLanguage): ReportStrings => (lang === 'fr' ? fr : en);
