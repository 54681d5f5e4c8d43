import * as brief from '../../src/wording/catalog/brief';
import * as briefReading from '../../src/wording/catalog/brief-reading';
import * as breakdown from '../../src/wording/catalog/breakdown';
import * as audiences from '../../src/wording/catalog/audiences';
import * as channels from '../../src/wording/catalog/channels';
import * as budget from '../../src/wording/catalog/budget';
import * as capacity from '../../src/wording/catalog/capacity';
import * as collisions from '../../src/wording/catalog/collisions';
import * as conflicts from '../../src/wording/catalog/conflicts';
import * as creation from '../../src/wording/catalog/creation';
import * as csv from '../../src/wording/catalog/csv';
import * as costCategories from '../../src/wording/catalog/cost-categories';
import * as errors from '../../src/wording/catalog/errors';
import * as forecast from '../../src/wording/catalog/forecast';
import * as gadget from '../../src/wording/catalog/gadget';
import * as gates from '../../src/wording/catalog/gates';
import * as health from '../../src/wording/catalog/health';
import * as kpis from '../../src/wording/catalog/kpis';
import * as money from '../../src/wording/catalog/money';
import * as plan from '../../src/wording/catalog/plan';
import * as planGuards from '../../src/wording/catalog/plan-guards';
import * as problems from '../../src/wording/catalog/problems';
import { reportStrings } from '../../src/wording/catalog/report';
import * as portfolioReport from '../../src/wording/catalog/portfolio-report';
import * as risks from '../../src/wording/catalog/risks';
import * as roles from '../../src/wording/catalog/roles';
import * as schedule from '../../src/wording/catalog/schedule';
import * as signoffComments from '../../src/wording/catalog/signoff-comments';
import * as signoffRecord from '../../src/wording/catalog/signoff-record';
import * as actions from '../../src/wording/catalog/actions';
import * as portfolio from '../../src/wording/catalog/portfolio';
import * as assistant from '../../src/wording/catalog/assistant';
import * as quota from '../../src/wording/catalog/quota';

/** Every catalogue of the wording module, by name, with its English and French tables. */
export const CATALOGUES: Record<string, { en: unknown; fr: unknown }> = {
  assistant: { en: assistant.en, fr: assistant.fr },
  brief,
  briefReading: { en: briefReading.en, fr: briefReading.fr },
  breakdown: { en: breakdown.en, fr: breakdown.fr },
  breakdownReasons: { en: breakdown.reasonsEn, fr: breakdown.reasonsFr },
  audiences: { en: audiences.en, fr: audiences.fr },
  channels: { en: channels.en, fr: channels.fr },
  budget,
  capacity: { en: capacity.en, fr: capacity.fr },
  collisions: { en: collisions.en, fr: collisions.fr },
  conflicts: { en: conflicts.en, fr: conflicts.fr },
  costCategories: { en: costCategories.en, fr: costCategories.fr },
  creation: { en: creation.en, fr: creation.fr },
  csv: { en: csv.en, fr: csv.fr },
  errors,
  forecast: { en: forecast.en, fr: forecast.fr },
  quota: { en: quota.en, fr: quota.fr },
  gadget: { en: gadget.en, fr: gadget.fr },
  gates,
  health,
  reasons: { en: health.reasonsEn, fr: health.reasonsFr },
  kpis,
  money,
  plan: { en: plan.en, fr: plan.fr },
  planGuards: { en: planGuards.en, fr: planGuards.fr },
  problems: { en: problems.en, fr: problems.fr },
  report: { en: reportStrings('en'), fr: reportStrings('fr') },
  portfolioReport: { en: portfolioReport.en, fr: portfolioReport.fr },
  risks: { en: risks.en, fr: risks.fr },
  roles: { en: roles.en, fr: roles.fr },
  schedule,
  signoffComments,
  signoffRecord: { en: signoffRecord.en, fr: signoffRecord.fr },
  actions: { en: actions.en, fr: actions.fr },
  portfolio: { en: portfolio.en, fr: portfolio.fr },
};
