/** Deadline risk labels, the same in the issue panel and the status report. */
export const en = {
  deadlines: 'Deadline risk',
  due: 'Due',
  done: 'Done',
  risk: 'Risk',
  p50: 'P50',
  p85: 'P85',
};

export const fr: typeof en = {
  deadlines: 'Risque sur les échéances',
  due: 'Échéance',
  done: 'Terminé',
  risk: 'Risque',
  p50: 'P50',
  p85: 'P85',
};
