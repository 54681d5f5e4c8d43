import type { GateStatus } from '../../contracts/campaign-panel';
import type { Language } from '../locale';
import { plural } from '../plural';
import * as costCategories from './cost-categories';
import { sharedLabels, type SharedLabels } from './labels';
import { gateInFrench, NNBSP, quote } from '../typography';

export type ReportKind = 'status' | 'post-campaign';
type Decision = NonNullable<GateStatus['approvers'][number]['decision']>;

/** Every word of the Confluence status and post-campaign reports, in English and French (numbers and dates come formatted). */
export interface ReportStrings extends SharedLabels {
  title: Record<ReportKind, string>;
  intro: (name: string, epicKey: string, launch: string, budget: string) => string;
  generated: (when: string, dataAsOf: string) => string;
  earnedValue: string;
  cpi: string;
  forecastNote: Record<'no_spend_yet' | 'no_completed_work' | 'too_little_data', string>;
  workDone: string;
  spent: string;
  chartTitle: string;
  chartNote: string;
  categories: Record<string, string>;
  variance: string;
  noMilestones: string;
  status: string;
  open: string;
  openTasks: string;
  workLeft: string;
  daysLeft: string;
  /** A milestone's work left in words: open tasks, business days of work, business days left before its due date. */
  workRemaining: (openTasks: number, workDays: string, daysLeft: number | null) => string;
  forecastLegend: string;
  /** The milestone table's plain-language risk column ("Probably 2 business days late"). */
  outlook: string;
  overdueDependency: (key: string, summary: string, due: string) => string;
  lateGate: (gate: string, due: string) => string;
  noGates: string;
  gate: string;
  decisions: Record<Decision, string>;
  approvers: string;
  pending: string;
  lateBy: (n: number) => string;
  timeliness: string;
  onTime: string;
  noDecisionYet: string;
  /** An approver who has not decided yet, in the approvers' list. */
  awaiting: (name: string) => string;
  noKpis: string;
  riskRegister: string;
  riskRegisterEmpty: string;
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

/** Plural agreement by each language's rule (French: 0 and 1 in the singular). */
const pl =
  (lang: Language) =>
  (n: number, one: string, other: string): string =>
    plural(lang, n, { one, other });
const plEn = pl('en');
const plFr = pl('fr');

const en: ReportStrings = {
  ...sharedLabels('en'),
  title: { status: 'Status report', 'post-campaign': 'Post-campaign report' },
  intro: (name, key, launch, budget) => `Campaign ${name} (${key}): launch on ${launch}, budget ${budget}.`,
  generated: (when, asOf) =>
    `Published by Campaign Control on ${when}, from Jira data as of ${asOf}. Each update adds a version to this page’s history.`,
  earnedValue: 'Work done, at its planned cost',
  cpi: 'Spending pace',
  forecastNote: {
    no_spend_yet: 'No forecast yet: nothing has been spent.',
    no_completed_work: 'No forecast yet: no planned work is done.',
    too_little_data: 'No forecast yet: too little work is done to project a reliable cost.',
  },
  workDone: 'Work done',
  spent: 'Budget spent',
  chartTitle: 'Cumulative spend (chart data)',
  chartNote: 'The panel’s cumulative spend chart, as a table.',
  categories: costCategories.en,
  variance: 'Variance',
  noMilestones: 'This campaign has no milestones.',
  status: 'Status',
  open: 'Open',
  openTasks: 'Open tasks',
  workLeft: 'Work left',
  daysLeft: 'Business days left',
  workRemaining: (n, work, left) =>
    `${n} open ${plEn(n, 'task', 'tasks')}, ${work} ${plEn(Number(work), 'day', 'days')} of work` +
    (left === null
      ? ''
      : left < 0
        ? `, due ${-left} business ${plEn(-left, 'day', 'days')} ago`
        : `, ${left} business ${plEn(left, 'day', 'days')} left`),
  forecastLegend: 'At the earliest: a one-in-two chance of the milestone being done by that date; cautious: an 85-in-100 chance.',
  outlook: 'Outlook',
  overdueDependency: (key, summary, due) => `Overdue: ${key} ${summary} (due ${due})`,
  lateGate: (gate, due) => `Late sign-off: ${gate} (due ${due})`,
  noGates: 'This campaign has no sign-off gates.',
  gate: 'Sign-off',
  decisions: { approved: 'approved', declined: 'declined', changes_requested: 'requested changes' },
  approvers: 'Approvers',
  pending: 'Pending',
  lateBy: (n) => `${n} business ${plEn(n, 'day', 'days')} late`,
  onTime: 'On time',
  timeliness: 'Timeliness',
  noDecisionYet: 'no decision yet',
  awaiting: (name) => `${name}: no decision yet`,
  noKpis: 'This campaign has no KPI targets.',
  riskRegister: 'Risk register',
  riskRegisterEmpty: 'The campaign’s risk register is empty.',
  summary: 'Summary',
  summaryLine: (met, total, spent, budget, slipped) =>
    `${met} of ${total} ${plEn(total, 'KPI target', 'KPI targets')} met; ${spent} spent against a budget of ${budget}; ${slipped} ${plEn(slipped, 'milestone', 'milestones')} slipped.`,
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
      `${key} ${summary}: ${finished ? `finished on ${finished}` : 'not finished'}, ${days} business ${plEn(days, 'day', 'days')} after its due date`,
    gateLate: (gate, days) => `Sign-off ${gate} was ${days} business ${plEn(days, 'day', 'days')} late`,
    signoff: (gate, decision, by, on, reason) =>
      `${by} ${decision === 'decline' ? 'declined' : 'requested changes to'} sign-off ${gate} on ${on}${reason ? `: “${reason}”` : ''}`,
  },
};

const fr: ReportStrings = {
  ...sharedLabels('fr'),
  title: { status: 'Rapport de statut', 'post-campaign': 'Bilan de campagne' },
  intro: (name, key, launch, budget) => `Campagne ${name} (${key})${NNBSP}: lancement le ${launch}, budget ${budget}.`,
  generated: (when, asOf) =>
    `Publié par Campaign Control le ${when}, d’après les données Jira du ${asOf}. Chaque mise à jour ajoute une version à l’historique de cette page.`,
  earnedValue: 'Travail fait, à son coût prévu',
  cpi: 'Rythme des dépenses',
  forecastNote: {
    no_spend_yet: `Pas encore d’estimation${NNBSP}: rien n’a été dépensé.`,
    no_completed_work: `Pas encore d’estimation${NNBSP}: aucun travail prévu n’est terminé.`,
    too_little_data: `Pas encore d’estimation${NNBSP}: trop peu de travail est terminé pour estimer un coût fiable.`,
  },
  workDone: 'Travail terminé',
  spent: 'Budget dépensé',
  chartTitle: 'Dépenses cumulées (données du graphique)',
  chartNote: 'Le graphique des dépenses cumulées du panneau, sous forme de tableau.',
  categories: costCategories.fr,
  variance: 'Écart',
  noMilestones: 'Cette campagne n’a pas de jalons.',
  status: 'Statut',
  open: 'En cours',
  openTasks: 'Tâches ouvertes',
  workLeft: 'Travail restant',
  daysLeft: 'Jours ouvrés restants',
  workRemaining: (n, work, left) =>
    `${n} ${plFr(n, 'tâche ouverte', 'tâches ouvertes')}, ${work}${NNBSP}j de travail` +
    (left === null
      ? ''
      : left < 0
        ? `, échéance passée de ${-left} ${plFr(-left, 'jour ouvré', 'jours ouvrés')}`
        : `, ${left} ${plFr(left, 'jour ouvré restant', 'jours ouvrés restants')}`),
  forecastLegend: `Au plus tôt${NNBSP}: une chance sur deux que le jalon soit terminé à cette date${NNBSP}; prudent${NNBSP}: 85\u00a0chances sur 100.`,
  outlook: 'Prévision',
  overdueDependency: (key, summary, due) => `En retard${NNBSP}: ${key} ${summary} (échéance le ${due})`,
  lateGate: (gate, due) => `Validation en retard${NNBSP}: ${gate} (échéance le ${due})`,
  noGates: 'Cette campagne n’a pas d’étape de validation.',
  gate: 'Validation',
  decisions: { approved: 'a approuvé', declined: 'a refusé', changes_requested: 'a demandé des modifications' },
  approvers: 'Valideurs',
  pending: 'En attente de',
  lateBy: (n) => `${n} ${plFr(n, 'jour ouvré', 'jours ouvrés')} de retard`,
  onTime: 'Dans les temps',
  timeliness: 'Délai',
  noDecisionYet: 'pas encore de décision',
  awaiting: (name) => `${name}${NNBSP}: pas encore de décision`,
  noKpis: 'Cette campagne n’a pas d’objectifs d’indicateurs.',
  riskRegister: 'Registre des risques',
  riskRegisterEmpty: 'Le registre des risques de la campagne est vide.',
  summary: 'Synthèse',
  summaryLine: (met, total, spent, budget, slipped) =>
    `${met} ${plFr(met, 'objectif atteint', 'objectifs atteints')} sur ${total}${NNBSP}; ${spent} dépensés pour un budget de ${budget}${NNBSP}; ${slipped} ${plFr(slipped, 'jalon a glissé', 'jalons ont glissé')}.`,
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
      `${key} ${summary}${NNBSP}: ${finished ? `terminée le ${finished}` : 'non terminée'}, ${days} ${plFr(days, 'jour ouvré', 'jours ouvrés')} après son échéance`,
    gateLate: (gate, days) => `La ${gateInFrench(gate)} a eu ${days} ${plFr(days, 'jour ouvré', 'jours ouvrés')} de retard`,
    signoff: (gate, decision, by, on, reason) =>
      `${by} ${decision === 'decline' ? 'a refusé' : 'a demandé des modifications sur'} la ${gateInFrench(gate)} le ${on}${reason ? `${NNBSP}: ${quote('fr', reason)}` : ''}`,
  },
};

export const reportStrings = (lang: Language): ReportStrings => (lang === 'fr' ? fr : en);
