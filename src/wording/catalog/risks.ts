import type { RiskStatus } from '../../contracts/risks';
import { dayInWords, LANGUAGE_LOCALE, numberFormat, percentFormat } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/**
 * The campaign's risk register in words, for the issue panel (its "Risks" section and editor) and the status
 * report: the risks that move the forecast most, the risk-adjusted P85, and the expected cost of risks beside the
 * contingency. Dates inside sentences are in words ("9 décembre").
 */
const LOCALE = LANGUAGE_LOCALE;
const days = (lang: Language, n: number): string => numberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(n);
const percent = (lang: Language, ratio: number): string => percentFormat(LOCALE[lang], 0).format(ratio);

export type LikelihoodWord = 'low' | 'medium' | 'high';

/** The plain labels, as one record type (the functions and tables are listed below). */
type RiskLabel =
  | 'title'
  | 'intro'
  | 'noneMoving'
  | 'emptyRegister'
  | 'risk'
  | 'likelihood'
  | 'launchDelay'
  | 'owner'
  | 'mitigation'
  | 'status'
  | 'impact'
  | 'openRegister'
  | 'closeRegister'
  | 'loading'
  | 'readOnly'
  | 'add'
  | 'formTitleNew'
  | 'titleLabel'
  | 'likelihoodPercent'
  | 'impactDaysLabel'
  | 'targetsLabel'
  | 'costLabel'
  | 'categoryLabel'
  | 'noCost'
  | 'save'
  | 'saving'
  | 'cancel'
  | 'required'
  | 'optional'
  | 'choosePerson'
  | 'loadingPeople'
  | 'exactPercent'
  | 'titleNeeded'
  | 'ownerNeeded'
  | 'targetNeeded'
  | 'keptInApp';

export interface RiskWords extends Record<RiskLabel, string> {
  openCount: (open: number, total: number) => string;
  chance: (probability: number) => string;
  delayDays: (n: number) => string;
  p85Adjusted: (milestone: string, p85: string, withoutRisks: string) => string;
  expectedCost: (cost: string, contingency: string, eacWithRisks: string) => string;
  statuses: Record<RiskStatus, string>;
  levels: Record<LikelihoodWord, string>;
  edit: (title: string) => string;
  formTitleEdit: (title: string) => string;
  saved: (title: string) => string;
  impactSummary: (impactDays: number, targets: number) => string;
  /** Where the register is kept when it is in Jira: issues of the project's type `issueType` (its name on the site). */
  keptInJira: (issueType: string) => string;
}

export const en: RiskWords = {
  required: '(required)',
  optional: '(optional)',
  choosePerson: 'Choose a person',
  loadingPeople: 'Loading people…',
  exactPercent: 'Exact percentage',
  titleNeeded: 'Say what could happen.',
  ownerNeeded: 'Choose who owns this risk.',
  targetNeeded: 'Choose at least one task or milestone for the delay, or set the delay to 0.',
  keptInApp: 'Risks kept in Campaign Control’s storage for this campaign.',
  keptInJira: (type) => `Risks kept in Jira, as issues of type ${quote('en', type)} under the campaign’s epic.`,
  title: 'Risks',
  intro: 'Each simulation of the forecast plays out the open risks of the register; these move the launch most.',
  noneMoving: 'No open risk moves the forecast.',
  emptyRegister: 'The risk register is empty.',
  openCount: (open, total) => `${open} open of ${total} ${plural('en', total, { one: 'risk', other: 'risks' })} in the register`,
  risk: 'Risk',
  likelihood: 'Likelihood',
  launchDelay: 'Launch delay if it happens',
  owner: 'Owner',
  mitigation: 'Mitigation',
  status: 'Status',
  impact: 'Impact if it happens',
  chance: (p) => `${percent('en', p)} chance`,
  delayDays: (n) => `${days('en', n)} business ${plural('en', n, { one: 'day', other: 'days' })}`,
  p85Adjusted: (m, p85, without) =>
    `${quote('en', m)}: cautious date with the risks ${dayInWords('en', p85, false)} (${dayInWords('en', without, false)} without them)`,
  expectedCost: (cost, contingency, eac) =>
    `Expected cost of the risks: ${cost}, against a contingency of ${contingency}; expected final cost with the risks: ${eac}`,
  statuses: { open: 'Open', mitigated: 'Mitigated', closed: 'Closed', occurred: 'Occurred' },
  levels: { low: 'Low (20%)', medium: 'Medium (50%)', high: 'High (80%)' },
  openRegister: 'Open the risk register',
  closeRegister: 'Close the risk register',
  loading: 'Loading the risk register…',
  readOnly: 'Only the campaign’s PM and the project’s admins can edit the risk register.',
  add: 'Add a risk',
  edit: (t) => `Edit ${quote('en', t)}`,
  formTitleNew: 'New risk',
  formTitleEdit: (t) => `Edit ${quote('en', t)}`,
  titleLabel: 'What could happen',
  likelihoodPercent: 'Likelihood (%)',
  impactDaysLabel: 'Delay if it happens (business days)',
  targetsLabel: 'Tasks and milestones it delays',
  costLabel: 'Cost if it happens',
  categoryLabel: 'Cost category',
  noCost: 'No cost',
  save: 'Save the risk',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: (t) => `${quote('en', t)} saved: the forecast takes it into account.`,
  impactSummary: (d, n) =>
    d === 0
      ? 'No delay'
      : `+${days('en', d)} business ${plural('en', d, { one: 'day', other: 'days' })} on ${n} ${plural('en', n, { one: 'issue', other: 'issues' })}`,
};

/** Intl's space before "%" in French (U+00A0), as in the percentages the panel prints. */
const NBSP = '\u00a0';

export const fr: RiskWords = {
  required: '(obligatoire)',
  optional: '(facultatif)',
  choosePerson: 'Choisir une personne',
  loadingPeople: 'Chargement des personnes…',
  exactPercent: 'Pourcentage exact',
  titleNeeded: 'Dites ce qui pourrait arriver.',
  ownerNeeded: 'Choisissez qui porte ce risque.',
  targetNeeded: 'Choisissez au moins une tâche ou un jalon pour le retard, ou ramenez le retard à 0.',
  keptInApp: 'Risques tenus dans le stockage de Campaign Control pour cette campagne.',
  keptInJira: (type) => `Risques tenus dans Jira, en tickets de type ${quote('fr', type)} sous l’epic de la campagne.`,
  title: 'Risques',
  intro: `Chaque simulation de la prévision tient compte des risques ouverts du registre${NNBSP}; voici ceux qui décalent le plus le lancement.`,
  noneMoving: 'Aucun risque ouvert ne décale la prévision.',
  emptyRegister: 'Le registre des risques est vide.',
  openCount: (open, total) =>
    `${open} ${plural('fr', open, { one: 'ouvert', other: 'ouverts' })} sur ${total} ${plural('fr', total, { one: 'risque', other: 'risques' })} au registre`,
  risk: 'Risque',
  likelihood: 'Probabilité',
  launchDelay: 'Retard du lancement s’il survient',
  owner: 'Responsable',
  mitigation: 'Parade',
  status: 'Statut',
  impact: 'Impact s’il survient',
  chance: (p) => `${percent('fr', p)} de probabilité`,
  delayDays: (n) => `${days('fr', n)}${NNBSP}${plural('fr', n, { one: 'jour ouvré', other: 'jours ouvrés' })}`,
  p85Adjusted: (m, p85, without) =>
    `${quote('fr', m)}${NNBSP}: date prudente avec les risques le ${dayInWords('fr', p85, false)} (le ${dayInWords('fr', without, false)} sans eux)`,
  expectedCost: (cost, contingency, eac) =>
    `Coût attendu des risques${NNBSP}: ${cost}, pour une réserve de ${contingency}${NNBSP}; coût final estimé avec les risques${NNBSP}: ${eac}`,
  statuses: { open: 'Ouvert', mitigated: 'Atténué', closed: 'Clos', occurred: 'Survenu' },
  levels: { low: `Faible (20${NBSP}%)`, medium: `Moyenne (50${NBSP}%)`, high: `Élevée (80${NBSP}%)` },
  openRegister: 'Ouvrir le registre des risques',
  closeRegister: 'Fermer le registre des risques',
  loading: 'Chargement du registre des risques…',
  readOnly: 'Seuls le chef de projet de la campagne et les administrateurs du projet peuvent modifier le registre des risques.',
  add: 'Ajouter un risque',
  edit: (t) => `Modifier ${quote('fr', t)}`,
  formTitleNew: 'Nouveau risque',
  formTitleEdit: (t) => `Modifier ${quote('fr', t)}`,
  titleLabel: 'Ce qui pourrait arriver',
  likelihoodPercent: 'Probabilité (en %)',
  impactDaysLabel: 'Retard s’il survient (jours ouvrés)',
  targetsLabel: 'Tâches et jalons qu’il retarde',
  costLabel: 'Coût s’il survient',
  categoryLabel: 'Catégorie de coût',
  noCost: 'Aucun coût',
  save: 'Enregistrer le risque',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  saved: (t) => `${quote('fr', t)} enregistré${NNBSP}: la prévision en tient compte.`,
  impactSummary: (d, n) =>
    d === 0
      ? 'Aucun retard'
      : `+${days('fr', d)}${NNBSP}${plural('fr', d, { one: 'jour ouvré', other: 'jours ouvrés' })} sur ${n} ${plural('fr', n, { one: 'ticket', other: 'tickets' })}`,
};

export const riskWords = (lang: Language): RiskWords => (lang === 'fr' ? fr : en);
