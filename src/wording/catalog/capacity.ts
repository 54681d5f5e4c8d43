import { dayInWords, LANGUAGE_LOCALE, numberFormat, percentFormat } from '../format';
import type { Language } from '../locale';
import { NNBSP } from '../typography';

/**
 * The team capacity section of the planner: how much campaign work each person can take, their time off, and who
 * may change it.
 */
/** Intl's own percent, as everywhere else in the app (French: a no-break space before "%"). */
const pct = (lang: Language, n: number): string => percentFormat(LANGUAGE_LOCALE[lang], 1).format(n / 100);

/** The words of `CapacityWords` that take no argument, one string each (in groups that keep lines short). */
type CapacityLabelA = 'tab' | 'title' | 'subtitle' | 'intro' | 'loading' | 'loadFailed' | 'retry' | 'person' | 'you';
type CapacityLabelB = 'campaignTime' | 'availability' | 'reserved' | 'timeOff' | 'actions' | 'defaultValue';
type CapacityLabelC = 'noTimeOff' | 'editShort' | 'readOnly' | 'mode' | 'modePercent' | 'modeHours';
type CapacityLabelD = 'availabilityPercentLabel' | 'reservedLabel' | 'reservedHint' | 'timeOffHint' | 'from' | 'to';
type CapacityLabelE = 'addTimeOff' | 'save' | 'saving' | 'cancel';

export interface CapacityWords extends Record<CapacityLabelA | CapacityLabelB | CapacityLabelC | CapacityLabelD | CapacityLabelE, string> {
  percent: (n: number) => string;
  hoursPerWeek: (h: number) => string;
  range: (from: string, to: string) => string;
  edit: (name: string) => string;
  editTitle: (name: string) => string;
  hoursLabel: (fullWeek: number) => string;
  removeTimeOff: (from: string, to: string) => string;
  saved: (name: string) => string;
  campaignShareHint: (n: number) => string;
}

export const en: CapacityWords = {
  tab: 'Team capacity',
  title: 'Team capacity',
  subtitle: 'How much campaign work each person can take, and when they are away.',
  intro:
    'Everyone works 100% of business days until told otherwise. Time off reduces capacity; it is never a task. ' +
    'Deadline forecasts and conflict checks use these values across every campaign.',
  loading: 'Loading the team…',
  loadFailed: 'The team could not be loaded.',
  retry: 'Try again',
  person: 'Person',
  you: '(you)',
  campaignTime: 'Time for campaigns',
  availability: 'Availability',
  reserved: 'Kept for other work',
  timeOff: 'Time off',
  actions: 'Actions',
  percent: (n) => pct('en', n),
  hoursPerWeek: (h) => `${numberFormat(LANGUAGE_LOCALE.en).format(h)} h a week`,
  defaultValue: 'default',
  noTimeOff: 'None',
  range: (from, to) => (from === to ? dayInWords('en', from) : `${dayInWords('en', from)} to ${dayInWords('en', to)}`),
  edit: (name) => `Edit ${name}’s capacity`,
  editShort: 'Edit',
  editTitle: (name) => `Capacity of ${name}`,
  readOnly: 'Only the person and project admins can change it.',
  mode: 'Availability given as',
  modePercent: 'a percentage of business days',
  modeHours: 'hours per week',
  availabilityPercentLabel: 'Availability (%)',
  hoursLabel: (fullWeek) => `Hours per week (a full week is ${fullWeek} h)`,
  reservedLabel: 'Kept for non-campaign work (%)',
  reservedHint: 'Meetings, support, other projects: this share is never planned.',
  timeOffHint: 'Holidays, training, leave: both days included.',
  from: 'From',
  to: 'To',
  addTimeOff: 'Add time off',
  removeTimeOff: (from, to) => `Remove time off ${from === to ? from : `${from} to ${to}`}`,
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: (name) => `${name}’s capacity is saved. Forecasts use it from now on.`,
  campaignShareHint: (n) => `That leaves ${pct('en', n)} of business days for campaigns.`,
};

export const fr: CapacityWords = {
  tab: 'Capacité de l’équipe',
  title: 'Capacité de l’équipe',
  subtitle: 'La part de travail de campagne que chacun peut prendre, et ses absences.',
  intro:
    `Chacun travaille ${pct('fr', 100)} des jours ouvrés tant que rien d’autre n’est indiqué. Les absences réduisent la capacité${NNBSP}; ` +
    'ce ne sont jamais des tâches. Les prévisions d’échéance et la détection des conflits utilisent ces valeurs sur toutes les campagnes.',
  loading: 'Chargement de l’équipe…',
  loadFailed: 'Impossible de charger l’équipe.',
  retry: 'Réessayer',
  person: 'Personne',
  you: '(vous)',
  campaignTime: 'Temps pour les campagnes',
  availability: 'Disponibilité',
  reserved: 'Réservé à d’autres travaux',
  timeOff: 'Absences',
  actions: 'Actions',
  percent: (n) => pct('fr', n),
  hoursPerWeek: (h) => `${numberFormat(LANGUAGE_LOCALE.fr).format(h)}${NNBSP}h par semaine`,
  defaultValue: 'par défaut',
  noTimeOff: 'Aucune',
  range: (from, to) => (from === to ? `le ${dayInWords('fr', from)}` : `du ${dayInWords('fr', from)} au ${dayInWords('fr', to)}`),
  edit: (name) => `Modifier la capacité de ${name}`,
  editShort: 'Modifier',
  editTitle: (name) => `Capacité de ${name}`,
  readOnly: 'Seuls la personne concernée et les administrateurs du projet peuvent la modifier.',
  mode: 'Disponibilité exprimée en',
  modePercent: 'pourcentage des jours ouvrés',
  modeHours: 'heures par semaine',
  availabilityPercentLabel: 'Disponibilité (%)',
  hoursLabel: (fullWeek) => `Heures par semaine (une semaine complète compte ${fullWeek}${NNBSP}h)`,
  reservedLabel: 'Réservé hors campagnes (%)',
  reservedHint: `Réunions, support, autres projets${NNBSP}: cette part n’est jamais planifiée.`,
  timeOffHint: `Congés, formations, absences${NNBSP}: jours de début et de fin compris.`,
  from: 'Du',
  to: 'Au',
  addTimeOff: 'Ajouter une absence',
  removeTimeOff: (from, to) => `Retirer l’absence ${from === to ? `du ${from}` : `du ${from} au ${to}`}`,
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  saved: (name) => `La capacité de ${name} est enregistrée. Les prévisions en tiennent compte dès maintenant.`,
  campaignShareHint: (n) => `Il reste ainsi ${pct('fr', n)} des jours ouvrés pour les campagnes.`,
};

export const capacityWords = (lang: Language): CapacityWords => (lang === 'fr' ? fr : en);
