/**
 * Deadline risk labels, the same in the issue panel and the status report. The forecast's P50 and P85 are "at the
 * earliest" and "cautious" (their statistics go in a tooltip or a note: `forecast.datesTip`).
 */
export const en = {
  deadlines: 'Deadline risk',
  due: 'Due',
  done: 'Done',
  risk: 'Risk',
  p50: 'At the earliest',
  p85: 'Cautious',
  forecastDates: 'Forecast finish',
};

export const fr: typeof en = {
  deadlines: 'Risque sur les échéances',
  due: 'Échéance',
  done: 'Terminé',
  risk: 'Risque',
  p50: 'Au plus tôt',
  p85: 'Prudent',
  forecastDates: 'Fin prévue',
};
