/** Budget burn labels, the same in the issue panel and the status report. */
export const en = {
  budget: 'Budget burn',
  planned: 'Planned budget',
  committed: 'Committed',
  actual: 'Actual spend',
  remaining: 'Remaining',
  forecast: 'Forecast at completion',
  seriesPlanned: 'Planned',
  seriesActual: 'Actual',
  seriesForecast: 'Forecast',
  date: 'Date',
  byCategory: 'Spend by category',
  byMilestone: 'Spend by milestone',
  category: 'Category',
  milestone: 'Milestone',
};

export const fr: typeof en = {
  budget: 'Consommation du budget',
  planned: 'Budget prévu',
  committed: 'Engagé',
  actual: 'Dépensé',
  remaining: 'Restant',
  forecast: 'Prévision à terminaison',
  seriesPlanned: 'Prévu',
  seriesActual: 'Réel',
  seriesForecast: 'Prévision',
  date: 'Date',
  byCategory: 'Dépenses par catégorie',
  byMilestone: 'Dépenses par jalon',
  category: 'Catégorie',
  milestone: 'Jalon',
};
