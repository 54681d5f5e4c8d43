import { NNBSP } from '../typography';

/**
 * The dashboard gadget « Lancements à venir / campagnes à risque »: its view (the launches of the next N weeks and the
 * campaigns at risk, for one project or all) and its edit view (the project and N, saved with Jira's gadget
 * configuration). Health states come from the health catalogue.
 */
type GadgetLabelA = 'upcoming' | 'atRisk' | 'noAtRisk' | 'loading' | 'loadFailed' | 'retry' | 'campaign' | 'project';
type GadgetLabelB = 'launch' | 'health' | 'reason' | 'allProjects' | 'settings' | 'projectLabel' | 'weeksLabel' | 'save';
type GadgetLabelC = 'saving' | 'saveFailed' | 'settingsHint' | 'noCampaigns';

export interface GadgetWords extends Record<GadgetLabelA | GadgetLabelB | GadgetLabelC, string> {
  /** The scope line above both lists: which project, how many weeks ahead. */
  scope: (project: string | null, weeks: number) => string;
  noUpcoming: (weeks: number) => string;
  /** "in 12 days" beside a launch date is Intl's; this says when the launch was planned before today. */
  launchPassed: string;
  /** The edit view's refusal of N, naming the field as every refusal does. */
  weeksInvalid: (min: number, max: number) => string;
  openCampaign: (name: string) => string;
}

const weeksEn = (n: number): string => (n === 1 ? 'the next week' : `the next ${n} weeks`);
const weeksFr = (n: number): string => (n === 1 ? 'la semaine à venir' : `les ${n} prochaines semaines`);

export const en: GadgetWords = {
  upcoming: 'Upcoming launches',
  atRisk: 'Campaigns at risk',
  noAtRisk: 'No campaign is at risk.',
  loading: 'Loading the campaigns…',
  loadFailed: 'The campaigns could not be loaded.',
  retry: 'Try again',
  campaign: 'Campaign',
  project: 'Project',
  launch: 'Launch',
  health: 'Health',
  reason: 'Why',
  allProjects: 'All projects',
  settings: 'Gadget settings',
  projectLabel: 'Project',
  weeksLabel: 'Weeks ahead (1 to 26)',
  save: 'Save',
  saving: 'Saving…',
  saveFailed: 'The settings could not be saved.',
  settingsHint: 'Only campaigns in projects you may browse are shown, to you and to anyone viewing this dashboard.',
  noCampaigns: 'You cannot see any campaign yet.',
  scope: (project, weeks) => `${project ?? 'All projects'} · ${weeksEn(weeks)}`,
  noUpcoming: (weeks) => `No launch in ${weeksEn(weeks)}.`,
  launchPassed: 'launch date passed',
  weeksInvalid: (min, max) => `Weeks ahead: must be a whole number from ${min} to ${max}`,
  openCampaign: (name) => `Open the campaign ${name}`,
};

export const fr: GadgetWords = {
  upcoming: 'Lancements à venir',
  atRisk: 'Campagnes à risque',
  noAtRisk: 'Aucune campagne n’est à risque.',
  loading: 'Chargement des campagnes…',
  loadFailed: 'Les campagnes n’ont pas pu être chargées.',
  retry: 'Réessayer',
  campaign: 'Campagne',
  project: 'Projet',
  launch: 'Lancement',
  health: 'Santé',
  reason: 'Pourquoi',
  allProjects: 'Tous les projets',
  settings: 'Réglages du gadget',
  projectLabel: 'Projet',
  weeksLabel: 'Semaines à venir (de 1 à 26)',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saveFailed: 'Les réglages n’ont pas pu être enregistrés.',
  settingsHint:
    'Seules les campagnes des projets que vous pouvez consulter s’affichent, pour vous comme pour qui regarde ce tableau de bord.',
  noCampaigns: 'Vous ne voyez encore aucune campagne.',
  scope: (project, weeks) => `${project ?? 'Tous les projets'} · ${weeksFr(weeks)}`,
  noUpcoming: (weeks) => `Aucun lancement dans ${weeksFr(weeks)}.`,
  launchPassed: 'date de lancement passée',
  weeksInvalid: (min, max) => `Semaines à venir${NNBSP}: un nombre entier de ${min} à ${max}`,
  openCampaign: (name) => `Ouvrir la campagne ${name}`,
};
