export { buildReport, reportTitle, type ReportDocument, type ReportInput } from './build-report';
export {
  campaignHasEnded,
  kpiOutcomes,
  slippedMilestones,
  spendLine,
  type KpiOutcome,
  type SlipCause,
  type SlippedMilestone,
  type SpendLine,
} from './post-campaign';
export { reportLanguage, toBcp47, type ReportLanguage } from './language';
export { reportFormatters, type ReportFormatters } from './format';
export { reportStrings, type ReportKind, type ReportStrings } from '../../wording/catalog/report';
