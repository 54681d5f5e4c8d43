/** KPI labels, the same in the issue panel and the status report. */
export const en = {
  kpis: 'KPIs',
  kpi: 'KPI',
  kpiActual: 'Actual',
  target: 'Target',
  expectedByNow: 'Expected by now',
  pace: 'Pace',
  onPace: 'On pace',
  behindPace: 'Behind pace',
  outsideWindow: 'Not in its window',
  notMeasured: 'Not measured yet',
  /** How a KPI's points make its actual (`KpiAggregation`). */
  countedAs: 'Counted as',
  aggregation: { total: 'Total over the window', latest: 'Latest value', average: 'Average of the values', ratio: 'Rate to date' },
};

export const fr: typeof en = {
  kpis: 'Indicateurs clés',
  kpi: 'Indicateur',
  kpiActual: 'Réel',
  target: 'Objectif',
  expectedByNow: 'Attendu à ce jour',
  pace: 'Rythme',
  onPace: 'Dans le rythme',
  behindPace: 'En retard sur le rythme',
  outsideWindow: 'Hors de sa période',
  notMeasured: 'Pas encore mesuré',
  countedAs: 'Compté comme',
  aggregation: { total: 'Total sur la période', latest: 'Dernière valeur', average: 'Moyenne des valeurs', ratio: 'Taux à date' },
};
