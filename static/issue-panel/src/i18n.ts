export interface Strings {
  lang: 'en' | 'fr';
  title: string;
  refresh: string;
  refreshing: string;
  refreshed: string;
  refreshedDescription: (key: string) => string;
  loading: string;
  errorTitle: string;
  retry: string;
  emptyTitle: string;
  emptyBody: string;
  status: string;
  issueType: string;
  assignee: string;
  unassigned: string;
  dueDate: string;
  noDueDate: string;
  labels: string;
  noLabels: string;
  viewingAs: (name: string) => string;
}

const en: Strings = {
  lang: 'en',
  title: 'Campaign Control',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshed: 'Campaign data refreshed',
  refreshedDescription: (key) => `${key} is up to date.`,
  loading: 'Loading campaign data…',
  errorTitle: 'We couldn’t load campaign data',
  retry: 'Try again',
  emptyTitle: 'No campaign data yet',
  emptyBody: 'This issue is not linked to a campaign.',
  status: 'Status',
  issueType: 'Type',
  assignee: 'Assignee',
  unassigned: 'Unassigned',
  dueDate: 'Due date',
  noDueDate: 'None',
  labels: 'Labels',
  noLabels: 'None',
  viewingAs: (name) => `Viewing as ${name}`,
};

const fr: Strings = {
  lang: 'fr',
  title: 'Campaign Control',
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  refreshed: 'Données de campagne actualisées',
  refreshedDescription: (key) => `${key} est à jour.`,
  loading: 'Chargement des données de campagne…',
  errorTitle: 'Impossible de charger les données de campagne',
  retry: 'Réessayer',
  emptyTitle: 'Aucune donnée de campagne',
  emptyBody: 'Ce ticket n’est rattaché à aucune campagne.',
  status: 'Statut',
  issueType: 'Type',
  assignee: 'Responsable',
  unassigned: 'Non assigné',
  dueDate: 'Échéance',
  noDueDate: 'Aucune',
  labels: 'Étiquettes',
  noLabels: 'Aucune',
  viewingAs: (name) => `Consulté par ${name}`,
};

/** Normalises Jira's `fr_FR` and the bridge's `fr-FR` to a BCP 47 tag. */
export const toBcp47 = (locale: string | null | undefined): string => (locale || 'en-US').replace('_', '-');

export function stringsFor(locale: string | null | undefined): Strings {
  return toBcp47(locale).toLowerCase().startsWith('fr') ? fr : en;
}

/** Formats a Jira date-only value (`2026-05-14`) without shifting it by the viewer's time zone. */
export function formatDate(isoDate: string, locale: string | null | undefined): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(toBcp47(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}
