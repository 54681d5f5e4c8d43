/** Cost categories by their code (`uncategorized`: costs without one), in the issue panel and the reports. */
export const en = {
  media: 'Media',
  production: 'Production',
  agency: 'Agency',
  tooling: 'Tooling',
  event: 'Event',
  uncategorized: 'Uncategorized',
};

export const fr: typeof en = {
  media: 'Médias',
  production: 'Production',
  agency: 'Agence',
  tooling: 'Outils',
  event: 'Événement',
  uncategorized: 'Non classé',
};
