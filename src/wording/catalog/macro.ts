import { NNBSP, quote } from '../typography';

/**
 * The Confluence macro « Statut de campagne » / "Campaign status" in a brief page: its live panel, its configuration
 * (which campaign), its static version for PDF and Word exports, and the planner's consent to insert it. Health
 * states and reasons come from the health catalogue.
 */
type MacroLabelA = 'title' | 'loading' | 'loadFailed' | 'retry' | 'health' | 'launch' | 'forecast' | 'budget' | 'signoff';
type MacroLabelB = 'notConfigured' | 'configTitle' | 'issueKeyLabel' | 'issueKeyHint' | 'save' | 'cancel' | 'editing';
type MacroLabelC = 'forecastPending' | 'noForecast' | 'noGates' | 'exportUnavailable' | 'insertMacroLabel' | 'insertMacroHint';

export interface MacroWords extends Record<MacroLabelA | MacroLabelB | MacroLabelC, string> {
  notCampaign: (key: string) => string;
  /** A campaign Jira does not show the reader (refused `NOT_FOUND`, never hinting at what it holds). */
  refused: (key: string) => string;
  budgetLine: (actual: string, planned: string, percent: string) => string;
  expectedFinal: (amount: string) => string;
  signoffLine: (approved: number, total: number) => string;
  signoffLate: (late: number) => string;
  afterLaunch: string;
  openEpic: (key: string) => string;
  asOf: (instant: string) => string;
  keyInvalid: string;
}

export const en: MacroWords = {
  title: 'Campaign status',
  loading: 'Loading the campaign status…',
  loadFailed: 'The campaign status could not be loaded.',
  retry: 'Try again',
  health: 'Health',
  launch: 'Launch',
  forecast: 'Forecast (P85)',
  budget: 'Budget burn',
  signoff: 'Sign-off',
  notConfigured: 'Pick the campaign this macro shows: edit the macro and give its epic key.',
  configTitle: 'Campaign shown',
  issueKeyLabel: 'Campaign epic key, or the address of a Jira issue',
  issueKeyHint: 'Each reader sees the campaign as Jira shows it to them.',
  save: 'Save',
  cancel: 'Cancel',
  editing: 'The page is being edited: the status shows as readers will see it.',
  forecastPending: 'being computed',
  noForecast: 'no forecast yet',
  noGates: 'no sign-off in this campaign',
  exportUnavailable: 'The live status could not be read for this export; open the epic in Jira for today’s figures.',
  insertMacroLabel: 'Show the campaign’s live status in its brief page',
  insertMacroHint:
    'Adds the “Campaign status” macro at the top of the brief, as a new version of the page (nothing else in the page changes).',
  notCampaign: (key) => `${key} is not a campaign created with Campaign Control.`,
  refused: (key) => `You cannot see the campaign ${key} in Jira. Ask an administrator of its project for access.`,
  budgetLine: (actual, planned, percent) => `${actual} of ${planned} spent (${percent})`,
  expectedFinal: (amount) => `expected final cost ${amount}`,
  signoffLine: (approved, total) => `${approved} of ${total} approved`,
  signoffLate: (late) => (late === 1 ? '1 late' : `${late} late`),
  afterLaunch: 'after the launch date',
  openEpic: (key) => `Open the epic ${key}`,
  asOf: (instant) => `Figures of ${instant}`,
  keyInvalid: 'Campaign: must be an issue key like MKT-12, or the address of a Jira issue',
};

export const fr: MacroWords = {
  title: 'Statut de campagne',
  loading: 'Chargement du statut de la campagne…',
  loadFailed: 'Le statut de la campagne n’a pas pu être chargé.',
  retry: 'Réessayer',
  health: 'Santé',
  launch: 'Lancement',
  forecast: 'Prévision (P85)',
  budget: 'Consommation du budget',
  signoff: 'Validations',
  notConfigured: `Choisissez la campagne que cette macro affiche${NNBSP}: modifiez la macro et indiquez la clé de son epic.`,
  configTitle: 'Campagne affichée',
  issueKeyLabel: 'Clé de l’epic de la campagne, ou adresse d’un ticket Jira',
  issueKeyHint: 'Chaque lecteur voit la campagne telle que Jira la lui montre.',
  save: 'Enregistrer',
  cancel: 'Annuler',
  editing: `La page est en cours de modification${NNBSP}: le statut s’affiche comme les lecteurs le verront.`,
  forecastPending: 'en cours de calcul',
  noForecast: 'pas encore de prévision',
  noGates: 'aucune validation dans cette campagne',
  exportUnavailable: `Le statut en direct n’a pas pu être lu pour cet export${NNBSP}; ouvrez l’epic dans Jira pour les chiffres du jour.`,
  insertMacroLabel: 'Afficher le statut en direct de la campagne dans sa page de brief',
  insertMacroHint: `Ajoute la macro ${quote('fr', 'Statut de campagne')} en haut du brief, dans une nouvelle version de la page (rien d’autre ne change dans la page).`,
  notCampaign: (key) => `${key} n’est pas une campagne créée avec Campaign Control.`,
  refused: (key) => `Vous ne pouvez pas voir la campagne ${key} dans Jira. Demandez l’accès à un administrateur de son projet.`,
  budgetLine: (actual, planned, percent) => `${actual} dépensés sur ${planned} (${percent})`,
  expectedFinal: (amount) => `coût final attendu ${amount}`,
  signoffLine: (approved, total) => `${approved} sur ${total} ${approved > 1 ? 'obtenues' : 'obtenue'}`,
  signoffLate: (late) => (late > 1 ? `${late} en retard` : '1 en retard'),
  afterLaunch: 'après la date de lancement',
  openEpic: (key) => `Ouvrir l’epic ${key}`,
  asOf: (instant) => `Chiffres du ${instant}`,
  keyInvalid: `Campagne${NNBSP}: doit être une clé de ticket comme MKT-12, ou l’adresse d’un ticket Jira`,
};
